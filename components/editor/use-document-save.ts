"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { saveDocumentAction } from "@/lib/actions/documents";
import { initialEditorState } from "@/lib/forms/editor-state";
import type { Intent } from "./editor-actions";
import { remapMetricErrors } from "./field-targets";
import type { EditorErrors, EditorValues } from "./types";
import { isEmptyRow, type useEditorValues } from "./use-editor-values";

/**
 * Sends the form from onSubmit (which cancels the native submission) rather than through the
 * form's action prop, so React never resets it: what the user typed stays after an error, a
 * conflict or a save. The action prop stays for a submission before hydration. Keeps the
 * version the next save must send.
 */
export function useDocumentSave(editor: ReturnType<typeof useEditorValues>, initialVersion: number | null) {
  const [state, dispatch, pending] = useActionState(saveDocumentAction, initialEditorState);
  const [version, setVersion] = useState(initialVersion);
  const [submitted, setSubmitted] = useState<{ values: EditorValues; intent: Intent } | null>(null);
  const [seenState, setSeenState] = useState(state);
  const [errors, setErrors] = useState<EditorErrors>({});
  // The form as it was when the answer arrived: once the user edits, the answer (saved, not
  // saved, changed elsewhere) no longer describes the form, and its banner goes.
  const [answeredValues, setAnsweredValues] = useState<EditorValues | null>(null);
  const statusRef = useRef<HTMLHeadingElement>(null);

  // A new answer from the action: take its version and errors once, when it arrives.
  if (state !== seenState) {
    setSeenState(state);
    setAnsweredValues(editor.values);
    setErrors(state.status === "error" ? remapMetricErrors(state.fieldErrors, submitted?.values.metrics ?? editor.values.metrics) : {});
    if (state.status === "saved") {
      if (state.version) setVersion(state.version);
      if (submitted) editor.markSaved(submitted.values);
    }
  }

  useEffect(() => {
    // Keyboard and screen reader users land on what went wrong.
    if (state.status === "error" || state.status === "conflict") statusRef.current?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const intent: Intent = formData.get("intent") === "submit" ? "submit" : "save";
    formData.set("intent", intent); // Enter in a text field submits without a button
    // The action drops empty metric rows and numbers errors without them: drop them here too.
    const sent = { ...editor.values, metrics: editor.values.metrics.filter((row) => !isEmptyRow(row)) };
    editor.setValues(sent);
    setSubmitted({ values: sent, intent });
    startTransition(() => dispatch(formData));
  };

  /** An attachment changed the document: adopt its version only if the editor was current. */
  const onVersionChange = (change: { version: number; previousVersion: number }) =>
    setVersion((current) => (current === change.previousVersion ? change.version : current));

  /** The last answer, while it still describes the form: not once the user edits or saves again. */
  const current = !pending && state.status !== "idle" && answeredValues === editor.values;
  return { state, current, dispatch, pending, pendingIntent: submitted?.intent ?? null, version, onVersionChange, errors, statusRef, onSubmit };
}
