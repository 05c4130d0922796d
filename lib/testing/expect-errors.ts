import { expect } from "vitest";
import { AppError, isNotFound } from "@/lib/errors";

/** The error a promise rejected with (fails if it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the promise to reject, but it resolved");
    },
    (error: unknown) => error,
  );
}

/** The data layer answered NOT_FOUND (what a viewer without access must get). */
export async function expectNotFound(promise: Promise<unknown>): Promise<void> {
  const error = await rejectionOf(promise);
  expect(isNotFound(error), String(error)).toBe(true);
}

export async function expectAppError(promise: Promise<unknown>, code: string, message: string): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code, message });
}
