// Known application errors and the HTTP status each maps to (as in dub's lib/api/errors).
// Anything else is an unknown error: logged, and answered generically.
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function notFoundError(what = "Not found"): AppError {
  return new AppError("NOT_FOUND", what);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof AppError && error.code === "NOT_FOUND";
}

/**
 * Input that passed the schema but not the data's rules (a taken slug, a foreign organization),
 * or a document that is not ready for review ("incomplete_for_review").
 */
export class FieldError extends AppError {
  constructor(
    public readonly fieldErrors: Record<string, string[]>,
    message: "fix_fields" | "incomplete_for_review" = "fix_fields",
  ) {
    super("UNPROCESSABLE", message);
    this.name = "FieldError";
  }
}

export const fieldError = (field: string, message: string) => new FieldError({ [field]: [message] });
