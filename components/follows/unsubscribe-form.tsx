"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { unsubscribeAction } from "@/lib/actions/follows";
import { initialFormState } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";

export function UnsubscribeForm({ s, t: key }: { s: string; t: string }) {
  const t = useTranslations("Follows");
  const [state, action] = useActionState(unsubscribeAction, initialFormState);
  return (
    <div className="space-y-4">
      <FormStatus state={state} id="unsubscribe-status" />
      {state.status !== "success" && (
        <form action={action} className="space-y-4">
          <p className="text-slate-700">{t("unsubscribeIntro")}</p>
          <input type="hidden" name="s" value={s} />
          <input type="hidden" name="t" value={key} />
          <SubmitButton>{t("unsubscribeButton")}</SubmitButton>
        </form>
      )}
      <p className="text-sm"><Link href="/account/following" className="text-brand-700 underline">{t("unsubscribeManage")}</Link></p>
    </div>
  );
}
