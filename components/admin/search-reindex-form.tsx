"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { useFormStatus } from "react-dom";
import { useMessage } from "@/components/forms/use-message";
import { startSearchReindexAction } from "@/lib/actions/admin-search";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { useRouter } from "@/lib/i18n/navigation";

const REFRESH_MS = 2_000;

// This form's own outcomes are worded in the Admin catalog; shared ones (not found,
// unexpected) come from Errors like every other form's.
const ownMessages = { reindex_started: "searchReindexStarted", reindex_running: "searchReindexRunning" } as const;

function ReindexStatus({ state }: { state: FormState }) {
  const t = useTranslations("Admin");
  const message = useMessage();
  const own = state.message && Object.hasOwn(ownMessages, state.message) ? ownMessages[state.message as keyof typeof ownMessages] : null;
  const text = !state.message ? "" : own ? t(own) : message(state.status === "error" ? "Errors" : "Forms", state.message);
  const tone = state.status === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900";
  return (
    <div id="reindex-status" aria-live="polite" aria-atomic="true">
      {text && <p className={`rounded-md border px-3 py-2 text-sm ${tone}`}>{text}</p>}
    </div>
  );
}

function ReindexButton({ running }: { running: boolean }) {
  const { pending } = useFormStatus();
  const t = useTranslations("Admin");
  const busy = pending || running;
  return (
    <button type="submit" disabled={busy} aria-disabled={busy} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
      {busy ? t("searchRebuilding") : t("searchRebuildButton")}
    </button>
  );
}

/** Starts a rebuild; while one runs on the server the page re-reads its status until it ends. */
export function SearchReindexForm({ running }: { running: boolean }) {
  const [state, action] = useActionState(startSearchReindexAction, initialFormState);
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, router]);
  return (
    <form action={action} className="space-y-3" aria-describedby="reindex-status">
      <ReindexStatus state={state} />
      <ReindexButton running={running} />
    </form>
  );
}
