"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePasswordAction } from "@/lib/actions/account";
import { initialFormState } from "@/lib/forms/form-state";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="password-status" noValidate>
      <FormStatus state={state} id="password-status" />
      <TextField name="currentPassword" type="password" label={t("Account.currentPassword")} autoComplete="current-password" required errors={state.fieldErrors?.currentPassword} />
      <TextField name="password" type="password" label={t("Account.newPassword")} hint={t("Auth.passwordHint")} autoComplete="new-password" required errors={state.fieldErrors?.password} />
      <TextField name="confirmPassword" type="password" label={t("Account.confirmPassword")} autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <SubmitButton>{t("Account.changePassword")}</SubmitButton>
    </form>
  );
}
