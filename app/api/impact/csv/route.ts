// GET /api/impact/csv?by=year|country|sector|organization&area=<focus area slug>&measure=<key>:
// the results page's figures as CSV, counted from the documents the caller may read, in the
// language of ?locale= (the results page's links set it). Without `measure`, every measure.
import { getFocusAreaBySlug } from "@/lib/dal/focus-areas";
import { getImpactReport } from "@/lib/dal/impact";
import { apiRoute } from "@/lib/http/api-handler";
import { invalidQuery } from "@/lib/http/api-response";
import { impactCsv } from "@/lib/impact/csv";
import { impactLabels } from "@/lib/impact/labels";
import { parseImpactApiParams } from "@/lib/validation/impact";

export const dynamic = "force-dynamic";

// Only letters, digits and hyphens reach the file name: a counted noun is typed by members.
const fileSafe = (text: string) => text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);

export const GET = apiRoute(async (request, { viewer, locale }) => {
  const parsed = parseImpactApiParams(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidQuery(parsed.fieldErrors);
  const { by, area, measure } = parsed.data;
  const focusArea = area ? await getFocusAreaBySlug(viewer, area) : undefined;
  const report = await getImpactReport(viewer, { dimension: by, focusAreaId: focusArea?.id });
  const name = ["puente-results", focusArea?.slug, measure && fileSafe(measure), `by-${by}`].filter(Boolean).join("-");
  return new Response(impactCsv(report, impactLabels(locale), measure), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      // Figures depend on who asks: never stored by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
});
