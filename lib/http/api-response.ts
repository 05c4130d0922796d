import "server-only";
// JSON answers for the HTTP API, as in dub's lib/api/errors: zod failures are 422 (or 400 for
// bad query parameters), known errors answer their own status and code, and anything else is
// logged and answered with a generic 500 that reveals nothing of the internals.
import { z } from "zod";
import { AppError, FieldError } from "@/lib/errors";

export interface ApiErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]>; [detail: string]: unknown };
}

export function apiError(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>, details: Record<string, unknown> = {}): Response {
  const body: ApiErrorBody = { error: { ...details, code, message, ...(fieldErrors ? { fieldErrors } : {}) } };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export function validationError(error: z.ZodError, status = 422): Response {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "body"] ??= []).push(issue.message);
  return apiError(status, "invalid_input", "The request has invalid fields; see fieldErrors.", fieldErrors);
}

const messages: Record<string, string> = {
  NOT_FOUND: "Not found.",
  UNAUTHORIZED: "Sign in first.",
  stale_edit: "This document changed since you opened it. Load the newest version and apply your changes again.",
};

/** Turns what a handler threw into its answer. */
export function errorResponse(error: unknown): Response {
  if (error instanceof FieldError) return apiError(422, "invalid_input", "The request has invalid fields; see fieldErrors.", error.fieldErrors);
  if (error instanceof AppError) {
    // Message keys (snake_case) are the precise code; free text falls back to the error class.
    const code = /^[a-z][a-z_]*$/.test(error.message) ? error.message : error.code.toLowerCase();
    return apiError(error.status, code, messages[error.message] ?? messages[error.code] ?? code.replace(/_/g, " "));
  }
  console.error("API request failed:", error);
  return apiError(500, "unexpected", "Something went wrong on our side. Try again later.");
}

/**
 * Cookie-authenticated writes must come from the site itself. Browsers send Origin with
 * cross-site POST/PATCH/DELETE; a mismatch is refused (a missing Origin means a non-browser
 * client, which has no ambient cookies to abuse).
 */
export function assertSameOrigin(request: Request, ownOrigin: string): void {
  const origin = request.headers.get("origin");
  if (origin && origin !== ownOrigin) throw new AppError("FORBIDDEN", "cross_origin");
}

export async function readJson(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("BAD_REQUEST", "json_required");
  }
  try {
    return await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "json_invalid");
  }
}
