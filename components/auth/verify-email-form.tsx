"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { verifyEmailAction } from "@/lib/actions/registration";
import { initialFormState } from "@/lib/forms/form-state";

/** A button rather than confirming on page load, so link scanners in mail systems cannot use the link up. */
export function VerifyEmailForm({ email, token }: { email: string; token: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(verifyEmailAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-describedby="verify-status">
      <FormStatus state={state} id="verify-status" />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("verifyButton")}</SubmitButton>
    </form>
  );
}
