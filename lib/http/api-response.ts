import "server-only";
// JSON answers for the HTTP API, as in dub's lib/api/errors. Every error answer is
//   { error: { code, message, fieldErrors?: { [field]: [{ code, message }] }, ...details } }
// where codes are stable and messages come from the forms' catalog in the request's language
// (api-messages.ts). Zod failures are 422 (400 for query parameters), known errors answer
// their own status and code, a lost database connection is a 503, anything else is logged and
// answered with a generic 500.
import { z } from "zod";
import { isConnectionError } from "@/lib/db/connection-error";
import { AppError, FieldError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { errorMessage, localizeFieldErrors, type ApiFieldError, type MessageValues } from "./api-messages";
import { BodyTooLargeError, readLimitedBody } from "./read-limited-body";

export interface ApiErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, ApiFieldError[]>; [detail: string]: unknown };
}

interface ApiErrorOptions {
  /** Field name -> message codes. */
  fieldErrors?: Record<string, string[]>;
  /** Extra members of the error object, also available to the message (e.g. existingFileName). */
  details?: MessageValues;
}

/** An answer a handler decides on: thrown, and written by apiRoute in the request's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly options: ApiErrorOptions = {},
  ) {
    super(code);
    this.name = "ApiError";
  }
}

/** Zod issues keyed by their dotted path ("metrics.0.label"); the whole body is "body". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.join(".") || "body"] ??= []).push(issue.message);
  return out;
}

export const invalidInput = (error: z.ZodError) => new ApiError(422, "invalid_input", { fieldErrors: fieldErrorsOf(error) });
export const invalidQuery = (fieldErrors: Record<string, string[]>) => new ApiError(400, "invalid_query", { fieldErrors });

function errorBody(locale: Locale, status: number, code: string, { fieldErrors, details = {} }: ApiErrorOptions, headers: Record<string, string> = {}): Response {
  const body: ApiErrorBody = {
    error: {
      ...details,
      code,
      message: errorMessage(locale, code, status, details),
      ...(fieldErrors ? { fieldErrors: localizeFieldErrors(locale, fieldErrors) } : {}),
    },
  };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Turns what a handler threw into its answer. */
export function errorResponse(error: unknown, locale: Locale): Response {
  if (error instanceof ApiError) return errorBody(locale, error.status, error.code, error.options);
  if (error instanceof FieldError) {
    // "incomplete_for_review" and the like keep their own code; plain field errors are invalid input.
    const code = error.message === "fix_fields" ? "invalid_input" : error.message;
    return errorBody(locale, 422, code, { fieldErrors: error.fieldErrors });
  }
  if (error instanceof AppError) {
    // Message keys (snake_case) are the precise code; free text falls back to the error class.
    const code = /^[a-z][a-z_]*$/.test(error.message) ? error.message : error.code.toLowerCase();
    return errorBody(locale, error.status, code, {});
  }
  // The database is unreachable or dropped the connection: a temporary outage, not a bug. Say
  // so at once (503, retry shortly) instead of a 500; the pool reconnects by itself.
  if (isConnectionError(error)) {
    console.error("API request failed: the database is unavailable:", error instanceof Error ? error.message.trim().split("\n").at(-1) : error);
    return errorBody(locale, 503, "unavailable", {}, { "Retry-After": "2" });
  }
  console.error("API request failed:", error);
  return errorBody(locale, 500, "unexpected", {});
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

/** The largest JSON body the API reads: a whole document (200,000-character body) fits. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * The body as JSON, read with a hard limit: a declared Content-Length over it is refused
 * before reading, and a body without one (chunked) is counted while it streams, so at most
 * `limit` bytes are ever held. Bytes that are not UTF-8 are not JSON.
 */
export async function readJson(request: Request, limit = JSON_BODY_LIMIT): Promise<unknown> {
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    throw new AppError("BAD_REQUEST", "json_required");
  }
  let bytes: Buffer;
  try {
    bytes = await readLimitedBody(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ApiError(413, "body_too_large", { details: { maxBytes: limit } });
    throw error;
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("BAD_REQUEST", "json_invalid");
  }
}
