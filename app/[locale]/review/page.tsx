import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Pagination } from "@/components/ui/pagination";
import { WorkItemTable } from "@/components/workflow/work-item-table";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { listFocusAreaNames } from "@/lib/dal/focus-areas";
import { listReviewQueue } from "@/lib/dal/review-queue";
import { DocumentType } from "@/lib/generated/prisma/enums";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { canReview } from "@/lib/policies/contribution";
import { slugPattern } from "@/lib/validation/browse";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  type: z.enum(DocumentType).optional().catch(undefined),
  area: z.string().max(80).regex(slugPattern).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Workflow"))("queueTitle") };
}

const selectClass = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn("/review");
  if (!canReview(viewer)) notFound();
  const [{ locale }, raw, t] = await Promise.all([params, searchParams, getTranslations()]);
  const query = querySchema.parse(raw);
  const [queue, areas] = await Promise.all([
    listReviewQueue(viewer, { type: query.type, focusAreaSlug: query.area }, query.page),
    listFocusAreaNames(),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("Workflow.queueTitle")}</h1>
        <p className="text-slate-700">{t("Workflow.queueIntro")}</p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="queue-type" className="block text-sm font-medium">{t("Workflow.filterType")}</label>
          <select id="queue-type" name="type" defaultValue={query.type ?? ""} className={selectClass}>
            <option value="">{t("Workflow.allTypes")}</option>
            {Object.values(DocumentType).map((type) => <option key={type} value={type}>{t(`Enums.documentType.${type}`)}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="queue-area" className="block text-sm font-medium">{t("Workflow.filterArea")}</label>
          <select id="queue-area" name="area" defaultValue={query.area ?? ""} className={selectClass}>
            <option value="">{t("Workflow.allAreas")}</option>
            {areas.map((area) => <option key={area.slug} value={area.slug}>{localizedName(area, locale)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600">{t("Workflow.filter")}</button>
      </form>
      {queue.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("Workflow.queueEmpty")}</p>
      ) : (
        <WorkItemTable items={queue.items} caption={t("Workflow.queueTitle")} dateColumn="submitted" />
      )}
      <Pagination pathname="/review" query={{ type: query.type, area: query.area }} page={queue.page} pageCount={queue.pageCount} />
    </div>
  );
}
