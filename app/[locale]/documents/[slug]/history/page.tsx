import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Notice } from "@/components/auth/auth-card";
import { SnapshotDiff } from "@/components/revisions/snapshot-diff";
import { CompareForm } from "@/components/workflow/compare-form";
import { RestoreForm } from "@/components/workflow/restore-form";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { getDocumentControls } from "@/lib/dal/document-controls";
import { orNotFound } from "@/lib/dal/not-found";
import { compareRevisions, getDocumentHistory } from "@/lib/dal/revisions";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { diffSnapshots } from "@/lib/revisions/diff";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const revisionNumber = z.coerce.number().int().min(1).max(2 ** 31 - 1);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await getTranslations("Workflow"))("historyTitle", { title: slug }) };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const viewer = await requireSignedIn(`/documents/${slug}/history`);
  const [history, controls, query, t, format] = await Promise.all([
    orNotFound(getDocumentHistory(viewer, slug)),
    getDocumentControls(viewer, slug),
    searchParams,
    getTranslations(),
    getFormatter(),
  ]);
  // Newest first; a number not in the history (or none) falls back to the two newest.
  const numbers = history.revisions.map((r) => r.number);
  const newest = numbers[0] ?? 1;
  const pick = (value: unknown, fallback: number) => {
    const n = revisionNumber.safeParse(value);
    return n.success && numbers.includes(n.data) ? n.data : fallback;
  };
  const to = pick(query.to, newest);
  const from = pick(query.from, numbers.find((n) => n < to) ?? to);
  const comparison = numbers.length > 1 ? await orNotFound(compareRevisions(viewer, slug, from, to, locale)) : null;
  const canRestore = controls?.actions.includes("edit") ?? false;
  const restored = revisionNumber.safeParse(query.restored);

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("Workflow.historyTitle", { title: history.document.title })}</h1>
        <Link href={`/documents/${history.document.slug}`} className="text-sm text-brand-700 underline">{history.document.title}</Link>
      </header>
      {restored.success && <Notice>{t("Workflow.restoredNotice", { number: restored.data })}</Notice>}
      {comparison && (
        <section aria-labelledby="compare-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="compare-heading" className="text-xl font-semibold">{t("Workflow.compareHeading", { from: comparison.from, to: comparison.to })}</h2>
          <CompareForm numbers={numbers} from={from} to={to} />
          <SnapshotDiff changes={diffSnapshots(comparison.before, comparison.after)} lookups={comparison.lookups} lang={comparison.after.language} />
        </section>
      )}
      <section aria-labelledby="revisions-heading" className="space-y-3">
        <h2 id="revisions-heading" className="text-xl font-semibold">{t("Workflow.revisions")}</h2>
        {canRestore && <p className="text-sm text-slate-700">{t("Workflow.restoreHelp")}</p>}
        <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {history.revisions.map((revision) => (
            <li key={revision.number} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <div>
                <span className="font-semibold">{t("Workflow.revision", { number: revision.number })}</span>{" "}
                <span className="text-slate-700">
                  {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {revision.authorName && ` · ${t("Workflow.revisionBy", { name: revision.authorName })}`}
                  {revision.restoredFrom && ` · ${t("Workflow.restoredFrom", { number: revision.restoredFrom })}`}
                </span>
                {revision.live && <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900">{t("Workflow.liveRevision")}</span>}
              </div>
              {canRestore && controls && revision.number !== newest && (
                <RestoreForm documentId={controls.id} slug={history.document.slug} number={revision.number} version={history.document.version} />
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="reviews-heading" className="space-y-3">
        <h2 id="reviews-heading" className="text-xl font-semibold">{t("Workflow.reviews")}</h2>
        {history.reviews.length === 0 ? (
          <p className="text-sm text-slate-700">{t("Workflow.noReviews")}</p>
        ) : (
          <ul className="space-y-3">
            {history.reviews.map((review, i) => (
              <li key={i} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <p className="font-semibold">
                  {t(`Workflow.decision.${review.decision}`)}
                  {review.revisionNumber && ` · ${t("Workflow.revision", { number: review.revisionNumber })}`}
                </p>
                <p className="text-slate-700">
                  {format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {review.reviewerName && ` · ${t("Workflow.revisionBy", { name: review.reviewerName })}`}
                </p>
                {review.comment && <p className="mt-2 whitespace-pre-line">{review.comment}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
