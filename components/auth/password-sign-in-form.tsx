"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { signInWithPassword } from "@/lib/actions/sign-in";
import { initialFormState } from "@/lib/forms/form-state";

export function PasswordSignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signInWithPassword, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="sign-in-status" noValidate>
      <FormStatus state={state} id="sign-in-status" />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <SubmitButton>{t("signInButton")}</SubmitButton>
    </form>
  );
}
