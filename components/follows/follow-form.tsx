"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeFollowAction, followAction } from "@/lib/actions/follows";
import { digestFrequencies, type DigestFrequency } from "@/lib/digests/targets";
import { initialFormState } from "@/lib/forms/form-state";

export interface FollowFormProps {
  /** The target's fields, sent as hidden inputs (kind and its id, tag or search). */
  target: Record<string, string>;
  /** What is followed, for the button's accessible name: "Cybersecurity", "the tag “aml”"… */
  label: string;
  following: { id: string; frequency: DigestFrequency } | null;
}

/** Follow (choosing how often), change how often, or stop following. */
export function FollowForm({ target, label, following }: FollowFormProps) {
  const t = useTranslations("Follows");
  const [state, action] = useActionState(followAction, initialFormState);
  const [stopState, stop] = useActionState(changeFollowAction, initialFormState);
  const idBase = `follow-${Object.values(target).join("-").replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 60)}`;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 print:hidden">
      <form action={action} className="flex flex-wrap items-end gap-3">
        {Object.entries(target).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <div>
          <label htmlFor={`${idBase}-frequency`} className="block text-sm font-medium text-slate-800">
            {following ? t("followingAs", { what: label }) : t("emailMe", { what: label })}
          </label>
          <select id={`${idBase}-frequency`} name="frequency" defaultValue={following?.frequency ?? "DAILY"} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {digestFrequencies.map((f) => <option key={f} value={f}>{t(`frequency.${f}`)}</option>)}
          </select>
        </div>
        <SubmitButton tone={following ? "secondary" : "primary"}>{following ? t("saveFrequency") : t("follow")}</SubmitButton>
      </form>
      {following && (
        <form action={stop}>
          <input type="hidden" name="intent" value="unfollow" />
          <input type="hidden" name="subscriptionId" value={following.id} />
          <SubmitButton tone="secondary">{t("unfollow", { what: label })}</SubmitButton>
        </form>
      )}
      <FormStatus state={stopState.status === "idle" ? state : stopState} id={`${idBase}-status`} />
    </div>
  );
}
