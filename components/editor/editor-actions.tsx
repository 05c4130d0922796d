"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { EditorState } from "@/lib/forms/editor-state";

export type Intent = "save" | "submit";

interface Props {
  pending: boolean;
  /** The button that sent the pending save, to say what is happening on that one. */
  pendingIntent: Intent | null;
  published: boolean;
  showSubmit: boolean;
  dirty: boolean;
  historyHref: string | null;
  /** The last save's answer, and whether it still describes the form (no edit since). */
  state: EditorState;
  current: boolean;
}

const base = "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-70";

/** Where the form stands, in one short line: saving, saved at…, not saved, or unsaved changes. */
function SaveState({ pending, dirty, state, current }: Pick<Props, "pending" | "dirty" | "state" | "current">) {
  const t = useTranslations("Editor");
  const format = useFormatter();
  if (pending) return <>{t("actions.saving")}</>;
  if (current && state.status === "saved") {
    // The app formats dates in UTC (calendar dates); a save time belongs in the user's own zone.
    const time = format.dateTime(state.savedAt ? new Date(state.savedAt) : new Date(), {
      timeStyle: "short",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    const key = state.message === "submitted" ? "submitted" : state.message === "no_changes" ? "noChanges" : "saved";
    return <span className="font-medium text-green-800">{t(`outcome.${key}`, { time })}</span>;
  }
  if (current && state.status !== "idle") return <span className="font-medium text-red-800">{t("actions.notSaved")}</span>;
  return <>{dirty ? t("actions.unsaved") : ""}</>;
}

/**
 * Save and submit, kept in view at the bottom of the window on a long form, with the save's
 * outcome beside them. Both wait while a save is on its way, so nothing is sent twice.
 */
export function EditorActions({ pending, pendingIntent, published, showSubmit, dirty, historyHref, state, current }: Props) {
  const t = useTranslations("Editor.actions");
  const label = (intent: Intent) => {
    if (pending && pendingIntent === intent) return t(intent === "save" ? "saving" : "submitting");
    if (intent === "save") return t(published ? "saveChanges" : "saveDraft");
    return t(published ? "submitChanges" : "submit");
  };
  return (
    <div className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgb(15_23_42/0.08)] backdrop-blur sm:mx-0 sm:rounded-xl sm:border">
      <button type="submit" name="intent" value="save" disabled={pending} className={`${base} border border-slate-300 bg-white text-slate-900 hover:border-brand-600`}>
        {label("save")}
      </button>
      {showSubmit && (
        <button type="submit" name="intent" value="submit" disabled={pending} className={`${base} bg-brand-700 text-white hover:bg-brand-800`}>
          {label("submit")}
        </button>
      )}
      <p role="status" data-testid="save-state" className="text-sm text-slate-700">
        <SaveState pending={pending} dirty={dirty} state={state} current={current} />
      </p>
      {historyHref && (
        <a href={historyHref} className="ml-auto text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {t("history")}
        </a>
      )}
    </div>
  );
}
