"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormStatus } from "@/components/forms/form-status";
import { decideAccessRequestAction } from "@/lib/actions/access-requests";
import { initialFormState } from "@/lib/forms/form-state";

export interface DecisionItem {
  id: string;
  /** What is asked, in words ("Ana asks to join …"). */
  summary: string;
  requesterName: string;
  requesterEmail: string;
  message: string | null;
  /** When it was asked, already formatted. */
  askedOn: string;
  askedAt: string;
}

function DecisionButtons({ name }: { name: string }) {
  const t = useTranslations("Access");
  const { pending } = useFormStatus();
  const base = "rounded-md px-3 py-2 text-sm font-semibold disabled:opacity-70";
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" name="decision" value="accept" disabled={pending} aria-label={t("acceptLabel", { name })} className={`${base} bg-brand-700 text-white hover:bg-brand-800`}>
        {t("accept")}
      </button>
      <button type="submit" name="decision" value="decline" disabled={pending} aria-label={t("declineLabel", { name })} className={`${base} border border-red-300 text-red-800 hover:bg-red-50`}>
        {t("decline")}
      </button>
    </div>
  );
}

/**
 * Open requests with accept and decline. One outcome for the whole list, shown above it, so it
 * stays on screen when the decided request leaves the list (with or without JavaScript).
 */
export function AccessDecisions({ requests }: { requests: DecisionItem[] }) {
  const t = useTranslations("Access");
  const [state, action] = useActionState(decideAccessRequestAction, initialFormState);
  return (
    <div className="space-y-3">
      <FormStatus state={state} id="access-decision-status" />
      {requests.length === 0 ? (
        <p className="text-sm text-slate-700">{t("decisionsEmpty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3">
          {requests.map((request) => (
            <li key={request.id} className="space-y-2 border-t border-slate-200 pt-3">
              <p className="text-sm font-medium text-slate-900">{request.summary}</p>
              <p className="text-sm text-slate-700">
                {request.requesterEmail} · <time dateTime={request.askedAt}>{t("askedOn", { date: request.askedOn })}</time>
              </p>
              {request.message && (
                <figure className="text-sm">
                  <figcaption className="font-semibold text-slate-700">{t("theirMessage")}:</figcaption>
                  <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 whitespace-pre-line break-words text-slate-800">{request.message}</blockquote>
                </figure>
              )}
              <form action={action} aria-describedby="access-decision-status">
                <input type="hidden" name="requestId" value={request.id} />
                <DecisionButtons name={request.requesterName} />
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
