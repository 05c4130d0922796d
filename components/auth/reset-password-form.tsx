"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { resetPasswordAction } from "@/lib/actions/registration";
import { initialFormState } from "@/lib/forms/form-state";

export function ResetPasswordForm({ email, token }: { email: string; token: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="reset-status" noValidate>
      <FormStatus state={state} id="reset-status" />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <TextField name="password" type="password" label={t("newPassword")} hint={t("passwordHint")} autoComplete="new-password" required minLength={12} errors={state.fieldErrors?.password} />
      <TextField name="confirmPassword" type="password" label={t("confirmPassword")} autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <SubmitButton>{t("resetButton")}</SubmitButton>
    </form>
  );
}
