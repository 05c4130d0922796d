"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeFollowAction } from "@/lib/actions/follows";
import { digestFrequencies, type DigestFrequency } from "@/lib/digests/targets";
import { initialFormState } from "@/lib/forms/form-state";

/** One follow on the preferences page: how often (saved with its button), or stop. */
export function FollowRowControls({ id, name, frequency }: { id: string; name: string; frequency: DigestFrequency }) {
  const t = useTranslations("Follows");
  const [state, action] = useActionState(changeFollowAction, initialFormState);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <form action={action} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="frequency" />
          <input type="hidden" name="subscriptionId" value={id} />
          <div>
            <label htmlFor={`frequency-${id}`} className="block text-sm font-medium text-slate-800">{t("howOften", { what: name })}</label>
            <select id={`frequency-${id}`} name="frequency" defaultValue={frequency} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
              {digestFrequencies.map((f) => <option key={f} value={f}>{t(`frequency.${f}`)}</option>)}
            </select>
          </div>
          <SubmitButton tone="secondary">{t("saveFrequency")}</SubmitButton>
        </form>
        <form action={action}>
          <input type="hidden" name="intent" value="unfollow" />
          <input type="hidden" name="subscriptionId" value={id} />
          <button type="submit" aria-label={t("stopLabel", { what: name })} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:border-red-600">
            {t("stop")}
          </button>
        </form>
      </div>
      <FormStatus state={state} id={`follow-${id}-status`} />
    </div>
  );
}
