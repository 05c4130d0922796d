// Schemas for the account forms, shared by server actions and any API route. Messages are
// catalog keys (Auth.errors.*) so each form shows them in the reader's language.
import { z } from "zod";
import { addPasswordIssue } from "@/lib/auth/password/schema";
import { singleLine, tokenSchema, textCodes } from "./text";

/** Emails are compared lowercase and trimmed everywhere. */
export const emailSchema = z.string("email_invalid").trim().toLowerCase().max(254, "email_invalid").pipe(z.email("email_invalid"));

export const signInSchema = z.object({
  email: emailSchema,
  // Checked against the hash only; the length cap keeps hashing cheap for absurd inputs.
  // Passwords are never text checks' business: they are hashed, never stored, shown or queried.
  password: z.string("password_required").min(1, "password_required").max(1024, "password_invalid"),
}, textCodes.invalid);

export const emailOnlySchema = z.object({ email: emailSchema }, textCodes.invalid);

export const nameSchema = singleLine({ min: 1, max: 100, required: "name_required", tooLong: "name_too_long" });

const matchConfirmation = (value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) => {
  if (value.password !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password_mismatch" });
};

export const signUpSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: z.string("password.required").max(1024, "password.too_long"),
    confirmPassword: z.string("password_mismatch"),
  }, textCodes.invalid)
  .superRefine((value, ctx) => {
    addPasswordIssue(ctx, value.password, { email: value.email, name: value.name }, ["password"]);
    matchConfirmation(value, ctx);
  });

export const resetPasswordSchema = z
  .object({
    email: emailSchema,
    token: tokenSchema,
    password: z.string("password.required").max(1024, "password.too_long"),
    confirmPassword: z.string("password_mismatch"),
  }, textCodes.invalid)
  .superRefine((value, ctx) => {
    addPasswordIssue(ctx, value.password, { email: value.email }, ["password"]);
    matchConfirmation(value, ctx);
  });

export const verifyEmailSchema = z.object({
  email: emailSchema,
  token: tokenSchema,
}, textCodes.invalid);

export const changePasswordSchema = (context: { email: string; name?: string | null }) =>
  z
    .object({
      currentPassword: z.string("password_required").min(1, "password_required").max(1024, "password_invalid"),
      password: z.string("password.required").max(1024, "password.too_long"),
      confirmPassword: z.string("password_mismatch"),
    }, textCodes.invalid)
    .superRefine((value, ctx) => {
      addPasswordIssue(ctx, value.password, { email: context.email, name: context.name ?? undefined }, ["password"]);
      matchConfirmation(value, ctx);
    });

export const profileSchema = z.object({
  name: nameSchema,
  locale: z.enum(["en", "es"], "locale_invalid"),
  // A checkbox: "on" when checked, absent when not.
  emailFeedback: z.literal("on", textCodes.invalid).optional().transform((value) => value === "on"),
}, textCodes.invalid);
