"use client";
// The workflow panel's forms: submit or withdraw, a reviewer's decision, and taking a document down.
// Each posts to its server action; the outcome is announced in the form's live region.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useMessage } from "@/components/forms/use-message";
import { reviewDocumentAction, submitDocumentAction, takeDownDocumentAction, withdrawSubmissionAction } from "@/lib/actions/documents";
import { initialFormState } from "@/lib/forms/form-state";

interface Ref {
  documentId: string;
  slug: string;
  version: number;
}

const button = "rounded-md px-3 py-2 text-sm font-semibold disabled:opacity-70";
const primary = `${button} bg-brand-700 text-white hover:bg-brand-800`;
const secondary = `${button} border border-slate-300 bg-white text-slate-900 hover:border-brand-600`;
const danger = `${button} border border-red-300 bg-white text-red-800 hover:border-red-600`;

function Hidden({ documentId, slug, version }: Ref) {
  return (
    <>
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function SubmitForm({ label, ...ref }: Ref & { label: string }) {
  const [state, action, pending] = useActionState(submitDocumentAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <Hidden {...ref} />
      <button type="submit" className={primary} disabled={pending}>{label}</button>
      <FormStatus state={state} />
    </form>
  );
}

/** Takes a submission back out of review; the help says what happens before the click. */
export function WithdrawForm({ label, help, ...ref }: Ref & { label: string; help: string }) {
  const [state, action, pending] = useActionState(withdrawSubmissionAction, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <Hidden {...ref} />
      <button type="submit" className={secondary} disabled={pending} aria-describedby="withdraw-help">{label}</button>
      <p id="withdraw-help" className="text-xs text-slate-600">{help}</p>
      <FormStatus state={state} />
    </form>
  );
}

export function ReviewForm({ note, ...ref }: Ref & { note?: string }) {
  const t = useTranslations("Workflow");
  const message = useMessage();
  const [state, action, pending] = useActionState(reviewDocumentAction, initialFormState);
  const errors = state.fieldErrors?.comment;
  return (
    <form action={action} className="space-y-3">
      <Hidden {...ref} />
      {note && <p className="text-sm text-slate-700">{note}</p>}
      <div className="space-y-1">
        <label htmlFor="review-comment" className="block text-sm font-medium">{t("reviewComment")}</label>
        <textarea
          id="review-comment" name="comment" rows={4} maxLength={5000} defaultValue={state.values?.comment}
          aria-describedby={errors ? "review-comment-hint review-comment-error" : "review-comment-hint"} aria-invalid={errors ? true : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
        />
        <p id="review-comment-hint" className="text-xs text-slate-600">{t("reviewCommentHint")}</p>
        {errors && <p id="review-comment-error" className="text-sm text-red-700">{message("Errors", errors[0] ?? "unexpected")}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="publish" className={primary} disabled={pending}>{t("publish")}</button>
        <button type="submit" name="decision" value="request_changes" className={secondary} disabled={pending}>{t("requestChanges")}</button>
        <button type="submit" name="decision" value="reject" className={danger} disabled={pending}>{t("reject")}</button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}

export function TakeDownForm({ canArchive, canUnpublish, ...ref }: Ref & { canArchive: boolean; canUnpublish: boolean }) {
  const t = useTranslations("Workflow");
  const [state, action, pending] = useActionState(takeDownDocumentAction, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <Hidden {...ref} />
      <div className="space-y-1">
        <label htmlFor="takedown-reason" className="block text-sm font-medium">{t("takeDownReason")}</label>
        <input id="takedown-reason" name="reason" maxLength={2000} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </div>
      <div className="flex flex-wrap gap-2">
        {canUnpublish && <button type="submit" name="action" value="unpublish" className={secondary} disabled={pending}>{t("unpublish")}</button>}
        {canArchive && <button type="submit" name="action" value="archive" className={danger} disabled={pending}>{t("archive")}</button>}
      </div>
      <FormStatus state={state} />
    </form>
  );
}
