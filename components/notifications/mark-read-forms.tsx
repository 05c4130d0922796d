"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { useMessage } from "@/components/forms/use-message";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// Success wording lives in this feature's namespace; errors use the shared Errors catalog.
function MarkStatus({ state }: { state: FormState }) {
  const t = useTranslations("Notifications");
  const message = useMessage();
  const count = Number(state.messageValues?.count ?? 0);
  let text = "";
  if (state.status === "error" && state.message) text = message("Errors", state.message, state.messageValues);
  else if (state.status === "success") text = state.message === "notifications_marked_read" ? t("allMarkedRead", { count }) : t("markedRead");
  const tone = state.status === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900";
  return (
    <div aria-live="polite" aria-atomic="true">
      {text && <p className={`rounded-md border px-3 py-2 text-sm ${tone}`}>{text}</p>}
    </div>
  );
}

/** `shownAt` is when the list was rendered: notifications newer than what the reader saw stay unread. */
export function MarkAllReadForm({ shownAt }: { shownAt: string }) {
  const t = useTranslations("Notifications");
  const [state, action] = useActionState(markAllNotificationsReadAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="shownAt" value={shownAt} />
      <SubmitButton tone="secondary">{t("markAllRead")}</SubmitButton>
      <MarkStatus state={state} />
    </form>
  );
}

export function MarkReadButton({ notificationId, label }: { notificationId: string; label: string }) {
  const t = useTranslations("Notifications");
  const [state, action] = useActionState(markNotificationReadAction, initialFormState);
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="notificationId" value={notificationId} />
      <button
        type="submit"
        aria-label={label}
        className="cursor-pointer rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:border-brand-600"
      >
        {t("markRead")}
      </button>
      <MarkStatus state={state} />
    </form>
  );
}
