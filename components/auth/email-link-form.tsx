"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { signInWithEmailLink } from "@/lib/actions/sign-in";
import { initialFormState } from "@/lib/forms/form-state";

export function EmailLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signInWithEmailLink, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="email-link-status" noValidate>
      <FormStatus state={state} id="email-link-status" />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <TextField
        name="email"
        id="link-email"
        type="email"
        label={t("email")}
        hint={t("emailLinkHint")}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton tone="secondary">{t("emailLinkButton")}</SubmitButton>
    </form>
  );
}
