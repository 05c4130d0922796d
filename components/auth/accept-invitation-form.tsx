"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { initialFormState } from "@/lib/forms/form-state";

/** New accounts choose a name and password here; existing accounts only confirm. */
export function AcceptInvitationForm({ token, newAccount }: { token: string; newAccount: boolean }) {
  const t = useTranslations();
  const [state, action] = useActionState(acceptInvitationAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="accept-status" noValidate>
      <FormStatus state={state} id="accept-status" />
      <input type="hidden" name="token" value={token} />
      {newAccount && (
        <>
          <p className="text-sm text-slate-700">{t("Invitation.createAccount")}</p>
          <TextField name="name" label={t("Auth.name")} autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
          <TextField name="password" type="password" label={t("Auth.newPassword")} hint={t("Auth.passwordHint")} autoComplete="new-password" required errors={state.fieldErrors?.password} />
          <TextField name="confirmPassword" type="password" label={t("Auth.confirmPassword")} autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
        </>
      )}
      <SubmitButton>{t("Invitation.accept")}</SubmitButton>
    </form>
  );
}
