"use client";

import { useTranslations } from "next-intl";

export type Intent = "save" | "submit";

interface Props {
  pending: boolean;
  /** The button that sent the pending save, to say what is happening on that one. */
  pendingIntent: Intent | null;
  published: boolean;
  showSubmit: boolean;
  dirty: boolean;
  historyHref: string | null;
}

const base = "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-70";

/** Save and submit; both wait while a save is on its way, so nothing is sent twice. */
export function EditorActions({ pending, pendingIntent, published, showSubmit, dirty, historyHref }: Props) {
  const t = useTranslations("Editor.actions");
  const label = (intent: Intent) => {
    if (pending && pendingIntent === intent) return t(intent === "save" ? "saving" : "submitting");
    if (intent === "save") return t(published ? "saveChanges" : "saveDraft");
    return t(published ? "submitChanges" : "submit");
  };
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <button type="submit" name="intent" value="save" disabled={pending} className={`${base} border border-slate-300 bg-white text-slate-900 hover:border-brand-600`}>
        {label("save")}
      </button>
      {showSubmit && (
        <button type="submit" name="intent" value="submit" disabled={pending} className={`${base} bg-brand-700 text-white hover:bg-brand-800`}>
          {label("submit")}
        </button>
      )}
      <p className="text-sm text-slate-700">{dirty ? t("unsaved") : ""}</p>
      {historyHref && (
        <a href={historyHref} className="ml-auto text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {t("history")}
        </a>
      )}
    </div>
  );
}
