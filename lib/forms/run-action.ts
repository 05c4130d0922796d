import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError } from "@/lib/errors";
import { failed, type FormState } from "./form-state";

/**
 * Runs a form action's work and turns what it throws into a form state: known errors
 * (AppError) show their message key; anything else is logged with its details and answered
 * with a generic message. Next's own redirects and not-found signals pass through.
 */
export async function runAction(formData: FormData, work: () => Promise<FormState>): Promise<FormState> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) return failed(error.code === "NOT_FOUND" ? "not_found" : error.message, formData);
    console.error("form action failed:", error);
    return failed("unexpected", formData);
  }
}
