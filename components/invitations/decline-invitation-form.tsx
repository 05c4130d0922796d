"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { declineInvitationAction } from "@/lib/actions/invitations";
import { initialFormState } from "@/lib/forms/form-state";

/** Saying no is as easy as saying yes: one button, and nothing changes but the link. */
export function DeclineInvitationForm({ token }: { token: string }) {
  const t = useTranslations("Invitation");
  const [state, action] = useActionState(declineInvitationAction, initialFormState);
  return (
    <form action={action} className="space-y-3 border-t border-slate-200 pt-4" aria-describedby="decline-status">
      <FormStatus state={state} id="decline-status" />
      <p className="text-sm text-slate-700">{t("declineHint")}</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton tone="secondary">{t("decline")}</SubmitButton>
    </form>
  );
}
