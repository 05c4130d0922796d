"use client";

import type { FormState } from "@/lib/forms/form-state";
import { useMessage } from "./use-message";

/** The form's outcome, announced to screen readers as it changes. */
export function FormStatus({ state, id }: { state: FormState; id?: string }) {
  const message = useMessage();
  const text =
    state.status === "error" && state.message
      ? message("Errors", state.message, state.messageValues)
      : state.status === "success" && state.message
        ? message("Forms", state.message, state.messageValues)
        : "";
  const tone = state.status === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900";
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {text && <p className={`rounded-md border px-3 py-2 text-sm ${tone}`}>{text}</p>}
    </div>
  );
}
