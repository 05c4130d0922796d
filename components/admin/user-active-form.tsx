"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { setUserActiveAction } from "@/lib/actions/admin-users";
import { initialFormState } from "@/lib/forms/form-state";

export function UserActiveForm({ userId, active }: { userId: string; active: boolean }) {
  const t = useTranslations("Admin");
  const [state, action] = useActionState(setUserActiveAction, initialFormState);
  return (
    <form action={action} className="space-y-3" aria-describedby="active-status">
      <FormStatus state={state} id="active-status" />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="text-sm text-slate-700">{t("deactivateHint")}</p>
      <SubmitButton tone={active ? "danger" : "primary"}>{active ? t("deactivate") : t("reactivate")}</SubmitButton>
    </form>
  );
}
