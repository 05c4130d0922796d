"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { MouseEvent, RefObject } from "react";
import { useMessage } from "@/components/forms/use-message";
import type { EditorState } from "@/lib/forms/editor-state";
import type { ErrorTarget } from "./field-targets";

interface Props {
  state: EditorState;
  targets: ErrorTarget[];
  /** Focused when a save fails, so keyboard and screen reader users land on the summary. */
  focusRef: RefObject<HTMLHeadingElement | null>;
  onFocusField: (target: ErrorTarget & { elementId: string }) => boolean;
}

/** The outcome of the last save, announced as it changes: saved, what to fix, or a conflict. */
export function EditorStatus({ state, targets, focusRef, onFocusField }: Props) {
  return (
    <div id="editor-status" aria-live="polite">
      {state.status === "saved" && <SavedNotice state={state} />}
      {state.status === "conflict" && <ConflictNotice state={state} focusRef={focusRef} />}
      {state.status === "error" && <ErrorSummary state={state} targets={targets} focusRef={focusRef} onFocusField={onFocusField} />}
    </div>
  );
}

function SavedNotice({ state }: { state: EditorState }) {
  const t = useTranslations("Editor.outcome");
  const format = useFormatter();
  // The app formats dates in UTC (calendar dates); a save time belongs in the user's own zone.
  const time = format.dateTime(state.savedAt ? new Date(state.savedAt) : new Date(), {
    timeStyle: "short",
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const key = state.message === "submitted" ? "submitted" : state.message === "no_changes" ? "noChanges" : "saved";
  return <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{t(key, { time })}</p>;
}

function ConflictNotice({ state, focusRef }: { state: EditorState; focusRef: Props["focusRef"] }) {
  const t = useTranslations("Editor.conflict");
  return (
    <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <h2 ref={focusRef} tabIndex={-1} className="font-semibold">{t("title")}</h2>
      <p>{t("message")}</p>
      {state.compareHref && (
        // A new tab, so that comparing cannot navigate away from the unsaved text.
        <a href={state.compareHref} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {t("compare")}<span className="sr-only"> {t("newTab")}</span>
        </a>
      )}
    </div>
  );
}

function ErrorSummary({ state, targets, focusRef, onFocusField }: Omit<Props, "state"> & { state: EditorState }) {
  const t = useTranslations();
  const message = useMessage();
  const label = (target: Omit<ErrorTarget, "elementId">) => {
    const path = `DocumentFields.${target.row ? `metric${target.field.charAt(0).toUpperCase()}${target.field.slice(1)}` : target.field}`;
    const name = t.has(path as "DocumentFields.title") ? t(path as "DocumentFields.title") : t("Editor.status.otherField");
    return target.row ? t("Editor.metrics.cellLabel", { label: name, row: target.row }) : name;
  };
  const follow = (event: MouseEvent<HTMLAnchorElement>, target: ErrorTarget & { elementId: string }) => {
    if (onFocusField(target)) event.preventDefault();
  };
  const errorText = (target: Omit<ErrorTarget, "elementId">) => target.errors.map((error) => message("Errors", error)).join(" ");
  const showMessage = state.message && state.message !== "fix_fields";
  return (
    <div className="space-y-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <h2 ref={focusRef} tabIndex={-1} className="font-semibold">{targets.length ? t("Editor.status.fixFields") : t("Editor.status.notSaved")}</h2>
      {showMessage && <p>{message("Errors", state.message!)}</p>}
      {targets.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {targets.map(({ elementId, ...target }) => (
            <li key={target.key}>
              {elementId ? (
                <a href={`#${elementId}`} onClick={(event) => follow(event, { ...target, elementId })} className="text-red-900 underline underline-offset-2 hover:text-red-950">
                  {label(target)}: {errorText(target)}
                </a>
              ) : (
                errorText(target)
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
