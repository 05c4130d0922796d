import { getImpactReport } from "@/lib/dal/impact";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { impactLabels } from "@/lib/impact/labels";
import type { Viewer } from "@/lib/policies/viewer";
import { MeasureCard } from "./measure-card";

/** How many measures the focus-area page shows; the results page has the rest. */
const SHOWN = 3;

/** A focus area's results by year: its most reported measures, and a link to the full report. */
export async function FocusAreaImpact({ viewer, areaId, areaSlug, locale }: { viewer: Viewer; areaId: string; areaSlug: string; locale: Locale }) {
  const report = await getImpactReport(viewer, { dimension: "year", focusAreaId: areaId });
  const { t } = impactLabels(locale);
  // No results: the section says nothing rather than an empty heading.
  if (report.measures.length === 0 && report.listed.length === 0) return null;
  return (
    <section aria-labelledby="area-impact-heading" className="space-y-4">
      <h2 id="area-impact-heading" className="text-2xl font-semibold">{t("areaHeading")}</h2>
      <p className="text-sm text-slate-700">{t("areaIntro")} {t("scope", { count: report.documents })}</p>
      {report.measures.slice(0, SHOWN).map((measure) => (
        <MeasureCard key={measure.key} measure={measure} dimension="year" locale={locale} area={areaSlug} level={3} />
      ))}
      <Link href={{ pathname: "/results", query: { area: areaSlug } }} className="inline-block font-medium text-brand-700 underline">{t("areaLink")}</Link>
    </section>
  );
}
