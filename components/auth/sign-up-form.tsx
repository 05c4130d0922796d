"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { signUpAction } from "@/lib/actions/registration";
import { initialFormState } from "@/lib/forms/form-state";

export function SignUpForm() {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signUpAction, initialFormState);
  if (state.status === "success") return <FormStatus state={state} id="sign-up-status" />;
  return (
    <form action={action} className="space-y-4" aria-describedby="sign-up-status" noValidate>
      <FormStatus state={state} id="sign-up-status" />
      <TextField name="name" label={t("name")} autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <TextField name="password" type="password" label={t("newPassword")} hint={t("passwordHint")} autoComplete="new-password" required minLength={12} errors={state.fieldErrors?.password} />
      <TextField name="confirmPassword" type="password" label={t("confirmPassword")} autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <SubmitButton>{t("signUpButton")}</SubmitButton>
    </form>
  );
}
