// The state every form's server action returns (next-learn's pattern): a message, errors per
// field, and what the user typed so nothing is lost after an error. Messages are catalog
// keys (Errors.* / Forms.*), translated by the form.
import { z } from "zod";

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  /** Extra values for the message (e.g. minutes to wait). */
  messageValues?: Record<string, string | number>;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
}

export const initialFormState: FormState = { status: "idle" };

/** The text fields of a form, to show again after an error; secrets are never echoed back. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !/password|token/i.test(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

export function invalid(error: z.ZodError, formData: FormData): FormState {
  return { status: "error", message: "fix_fields", fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>, values: typedValues(formData) };
}

export function failed(message: string, formData?: FormData, messageValues?: FormState["messageValues"]): FormState {
  return { status: "error", message, messageValues, values: formData ? typedValues(formData) : undefined };
}

export function succeeded(message: string, messageValues?: FormState["messageValues"]): FormState {
  return { status: "success", message, messageValues };
}
