"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { moderateFeedbackAction, reportFeedbackAction } from "@/lib/actions/feedback";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { FEEDBACK_REASON_MAX } from "@/lib/validation/feedback";

// Each control is a small form of its own, folded into a disclosure until needed, so a long
// list of comments stays readable and every control is reachable from the keyboard.

const summaryClass = "cursor-pointer text-sm font-medium text-brand-700 underline underline-offset-2";

/** A one-line reason, kept after an error. */
function ReasonField({ id, label, state, required }: { id: string; label: string; state: FormState; required?: boolean }) {
  return (
    <TextField
      name="reason"
      id={id}
      label={label}
      required={required}
      maxLength={FEEDBACK_REASON_MAX}
      limit={FEEDBACK_REASON_MAX}
      defaultValue={state.status === "error" ? state.values?.reason : ""}
      errors={state.fieldErrors?.reason}
    />
  );
}

/** Hide (with a reason) for a visible comment, or show again for a hidden one. */
export function ModerationControls({ feedbackId, hidden }: { feedbackId: string; hidden: boolean }) {
  const t = useTranslations("Feedback");
  const [state, moderate] = useActionState(moderateFeedbackAction, initialFormState);
  const statusId = `moderate-${feedbackId}-status`;
  return (
    <div className="space-y-2">
      <FormStatus state={state} id={statusId} />
      {hidden ? (
        <form action={moderate} aria-describedby={statusId}>
          <input type="hidden" name="feedbackId" value={feedbackId} />
          <input type="hidden" name="intent" value="show" />
          <SubmitButton tone="secondary">{t("show")}</SubmitButton>
        </form>
      ) : (
        <details className="space-y-2">
          <summary className={summaryClass}>{t("hide")}</summary>
          <form action={moderate} className="space-y-2 pt-2" aria-describedby={statusId} noValidate>
            <input type="hidden" name="feedbackId" value={feedbackId} />
            <input type="hidden" name="intent" value="hide" />
            <ReasonField id={`hide-${feedbackId}-reason`} label={t("hideReason")} state={state} required />
            <SubmitButton tone="danger">{t("hideSubmit")}</SubmitButton>
          </form>
        </details>
      )}
    </div>
  );
}

/**
 * Report a comment to its moderators, with an optional reason; once reported, says so (the
 * same component, so the outcome stays announced when the refreshed page swaps the form).
 */
export function ReportControl({ feedbackId, reported }: { feedbackId: string; reported: boolean }) {
  const t = useTranslations("Feedback");
  const [state, report] = useActionState(reportFeedbackAction, initialFormState);
  const statusId = `report-${feedbackId}-status`;
  return (
    <div className="space-y-2">
      <FormStatus state={state} id={statusId} />
      {reported ? (
        <p className="text-sm text-slate-700">{t("reported")}</p>
      ) : (
        <details className="space-y-2">
          <summary className={summaryClass}>{t("report")}</summary>
          <form action={report} className="space-y-2 pt-2" aria-describedby={statusId} noValidate>
            <input type="hidden" name="feedbackId" value={feedbackId} />
            <ReasonField id={`report-${feedbackId}-reason`} label={t("reportReason")} state={state} />
            <SubmitButton tone="secondary">{t("reportSubmit")}</SubmitButton>
          </form>
        </details>
      )}
    </div>
  );
}
