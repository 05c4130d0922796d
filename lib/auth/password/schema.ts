import { z } from "zod";
import {
  checkPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type PasswordContext,
  type PasswordProblem,
} from "./policy";

/**
 * Zod schemas for new passwords, shared by the forms and the API so both enforce one policy.
 * Issue messages are message keys ("password.too_short"), not prose: the UI translates them, and
 * `params` carries the numbers a translation may interpolate.
 */

export type PasswordMessageKey = `password.${PasswordProblem}` | "password.required";

export function passwordMessageKey(problem: PasswordProblem): PasswordMessageKey {
  return `password.${problem}`;
}

/**
 * Adds the policy's issue, if any, to a refinement. For object schemas where the email or name
 * sits beside the password, as at sign-up:
 *
 *   z.object({ email: z.email(), name: z.string(), password: z.string() })
 *     .superRefine((v, ctx) => addPasswordIssue(ctx, v.password, v, ["password"]))
 */
export function addPasswordIssue(
  ctx: z.RefinementCtx,
  password: string,
  context: PasswordContext = {},
  path: PropertyKey[] = [],
): PasswordProblem | null {
  const problem = checkPassword(password, context);
  if (problem) {
    ctx.addIssue({
      code: "custom",
      message: passwordMessageKey(problem),
      path,
      // Keeps the password out of the issue even under `reportInput`: issues get logged and sent
      // back to clients.
      input: undefined,
      params: { problem, min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH },
    });
  }
  return problem;
}

/** A new password checked against what is known of its owner, e.g. the signed-in user's email on change. */
export function passwordSchemaFor(context: PasswordContext = {}) {
  return z
    .string({ error: "password.required" })
    .superRefine((password, ctx) => void addPasswordIssue(ctx, password, context));
}

/** A new password checked for length, repetition and the common list only. */
export const newPasswordSchema = passwordSchemaFor();
