"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { forgotPasswordAction } from "@/lib/actions/registration";
import { initialFormState } from "@/lib/forms/form-state";

export function ForgotPasswordForm() {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="forgot-status" noValidate>
      <FormStatus state={state} id="forgot-status" />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <SubmitButton>{t("forgotButton")}</SubmitButton>
    </form>
  );
}
