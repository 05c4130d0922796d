"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFieldErrorMessage } from "@/components/forms/use-message";
import { saveFeedbackAction } from "@/lib/actions/feedback";
import { initialFormState } from "@/lib/forms/form-state";
import { FEEDBACK_COMMENT_MAX, RATINGS } from "@/lib/validation/feedback";

export interface OwnFeedback {
  rating: number;
  comment: string | null;
}

/** A member's rating (a radio group, so arrow keys move between the five) and comment. */
export function FeedbackForm({ documentId, own }: { documentId: string; own: OwnFeedback | null }) {
  const t = useTranslations("Feedback");
  const errorMessage = useFieldErrorMessage();
  const [state, action] = useActionState(saveFeedbackAction, initialFormState);
  const typed = state.status === "error" ? state.values : undefined;
  const rating = typed ? typed.rating : own ? String(own.rating) : undefined;
  const ratingErrors = state.fieldErrors?.rating;
  return (
    <form action={action} className="space-y-4" aria-describedby="feedback-status" noValidate>
      <FormStatus state={state} id="feedback-status" />
      <input type="hidden" name="documentId" value={documentId} />
      <fieldset className="space-y-2" aria-describedby={ratingErrors ? "feedback-rating-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("ratingLegend")}</legend>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {RATINGS.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="rating" value={value} defaultChecked={rating === String(value)} />
              {t(`ratingOption.${value}`)}
            </label>
          ))}
        </div>
        {ratingErrors && (
          <p id="feedback-rating-error" className="text-sm text-red-700">{errorMessage(ratingErrors[0]!)}</p>
        )}
      </fieldset>
      <TextAreaField
        name="comment"
        id="feedback-comment"
        label={t("comment")}
        hint={t("commentHint", { max: FEEDBACK_COMMENT_MAX })}
        rows={4}
        maxLength={FEEDBACK_COMMENT_MAX}
        limit={FEEDBACK_COMMENT_MAX}
        defaultValue={typed ? typed.comment : own?.comment ?? ""}
        errors={state.fieldErrors?.comment}
      />
      <SubmitButton>{own ? t("update") : t("save")}</SubmitButton>
    </form>
  );
}
