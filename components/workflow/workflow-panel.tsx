import { getFormatter, getTranslations } from "next-intl/server";
import type { DocumentControls } from "@/lib/dal/document-controls";
import { Link } from "@/lib/i18n/navigation";
import { ReviewForm, SubmitForm, TakeDownForm, WithdrawForm } from "./workflow-forms";

const box = "space-y-4 rounded-xl border border-slate-200 bg-white p-5";

/** State and actions for the people who work on a document; readers never see it. */
export async function WorkflowPanel({ controls, slug }: { controls: DocumentControls; slug: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const ref = { documentId: controls.id, slug, version: controls.version };
  const can = (action: DocumentControls["actions"][number]) => controls.actions.includes(action);
  const editsWaiting = controls.status === "PUBLISHED" && controls.pendingState !== "NONE";
  const inReview = controls.status === "IN_REVIEW" || controls.pendingState === "IN_REVIEW";
  return (
    <section aria-labelledby="workflow-heading" className={box}>
      <h2 id="workflow-heading" className="text-lg font-semibold">{t("Workflow.panelHeading")}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold text-slate-600">{t("Workflow.status")}</dt>
        <dd data-testid="document-status">{t(`Enums.documentStatus.${controls.status}`)}</dd>
        {editsWaiting && (
          <>
            <dt className="font-semibold text-slate-600">{t("Workflow.pending")}</dt>
            <dd data-testid="pending-state">{t(`Enums.pendingState.${controls.pendingState}`)}</dd>
          </>
        )}
      </dl>
      {inReview && controls.submittedAt && (
        <p className="text-sm text-slate-700">{t("Workflow.submittedAgo", { date: format.relativeTime(controls.submittedAt) })}</p>
      )}
      {controls.lastReview && controls.lastReview.decision !== "APPROVED" && !inReview && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">{t("Workflow.lastReview", { decision: t(`Workflow.decision.${controls.lastReview.decision as "REJECTED"}`) })}</p>
          {controls.lastReview.comment && <p className="mt-1 whitespace-pre-line">{controls.lastReview.comment}</p>}
        </div>
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        {can("edit") && <Link href={`/documents/${slug}/edit`} className="font-semibold text-brand-700 underline">{t("Workflow.edit")}</Link>}
        <Link href={`/documents/${slug}/history`} className="font-semibold text-brand-700 underline">{t("Workflow.history")}</Link>
        {editsWaiting && controls.liveRevision && (
          <Link href={{ pathname: `/documents/${slug}/history`, query: { from: controls.liveRevision, to: controls.version } }} className="font-semibold text-brand-700 underline">
            {t("Workflow.seeChanges")}
          </Link>
        )}
      </p>
      {inReview && !can("edit") && !can("review") && <p className="text-sm text-slate-700">{t("Workflow.inReviewLocked")}</p>}
      {can("submit") && <SubmitForm {...ref} label={t(editsWaiting ? "Workflow.submitChanges" : "Workflow.submit")} />}
      {can("withdraw") && <WithdrawForm {...ref} label={t("Workflow.withdraw")} help={t("Workflow.withdrawHelp")} />}
      {can("review") && (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          <h3 className="font-semibold">{t("Workflow.reviewHeading")}</h3>
          <ReviewForm {...ref} note={editsWaiting ? t("Workflow.pendingReviewNote") : undefined} />
        </div>
      )}
      {(can("archive") || can("unpublish")) && (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          <h3 className="font-semibold">{t("Workflow.takeDownHeading")}</h3>
          <TakeDownForm {...ref} canArchive={can("archive")} canUnpublish={can("unpublish")} />
        </div>
      )}
    </section>
  );
}
