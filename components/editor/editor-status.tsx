"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent, RefObject } from "react";
import { useFieldErrorMessage, useMessage } from "@/components/forms/use-message";
import type { EditorState } from "@/lib/forms/editor-state";
import { limitOf } from "./field-limits";
import type { ErrorTarget } from "./field-targets";

interface Props {
  state: EditorState;
  /** False once the user edits or saves again: the summary then describes an older form. */
  current: boolean;
  targets: ErrorTarget[];
  /** Focused when a save fails, so keyboard and screen reader users land on the summary. */
  focusRef: RefObject<HTMLHeadingElement | null>;
  onFocusField: (target: ErrorTarget & { elementId: string }) => boolean;
}

/**
 * What went wrong with the last save, at the top of the form where the summary can list every
 * field: what to fix, or a conflict. A successful save is told beside the buttons
 * (EditorActions). Gone once the user edits or saves again.
 */
export function EditorStatus({ state, current, targets, focusRef, onFocusField }: Props) {
  return (
    <div id="editor-status" aria-live="polite">
      {current && state.status === "conflict" && <ConflictNotice state={state} focusRef={focusRef} />}
      {current && state.status === "error" && <ErrorSummary state={state} targets={targets} focusRef={focusRef} onFocusField={onFocusField} />}
    </div>
  );
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

function ErrorSummary({ state, targets, focusRef, onFocusField }: Omit<Props, "state" | "current"> & { state: EditorState }) {
  const t = useTranslations();
  const message = useMessage();
  const errorMessage = useFieldErrorMessage();
  const label = (target: Omit<ErrorTarget, "elementId">) => {
    const path = `DocumentFields.${target.row ? `metric${target.field.charAt(0).toUpperCase()}${target.field.slice(1)}` : target.field}`;
    const name = t.has(path as "DocumentFields.title") ? t(path as "DocumentFields.title") : t("Editor.status.otherField");
    return target.row ? t("Editor.metrics.cellLabel", { label: name, row: target.row }) : name;
  };
  const follow = (event: MouseEvent<HTMLAnchorElement>, target: ErrorTarget & { elementId: string }) => {
    if (onFocusField(target)) event.preventDefault();
  };
  const errorText = (target: Omit<ErrorTarget, "elementId">) =>
    target.errors.map((error) => errorMessage(error, limitOf(target.field, Boolean(target.row)))).join(" ");
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
