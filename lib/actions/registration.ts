"use server";

import { redirect } from "next/navigation";
import { completePasswordReset, requestPasswordReset } from "@/lib/auth/password-reset";
import { confirmEmail, signUp } from "@/lib/auth/registration";
import { db } from "@/lib/db";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import { emailOnlySchema, resetPasswordSchema, signUpSchema, verifyEmailSchema } from "@/lib/validation/auth";
import { runAfterResponse } from "./after-response";
import { requestContext } from "./request-context";

const minutes = (seconds: number) => ({ minutes: Math.max(1, Math.ceil(seconds / 60)) });

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const context = await requestContext();
    const result = await signUp(db, { ...parsed.data, ip: context.ip }, context);
    if (!result.ok) return failed("too_many_requests", formData, minutes(result.retryAfterSeconds));
    runAfterResponse(result.afterResponse, "sign-up");
    return succeeded("sign_up_check_email");
  });
}

export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = verifyEmailSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success || !(await confirmEmail(db, parsed.data))) return failed("link_invalid");
    const { locale } = await requestContext();
    redirect(`/${locale}/sign-in?verified=1`);
  });
}

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = emailOnlySchema.safeParse({ email: formData.get("email") });
    if (!parsed.success) return invalid(parsed.error, formData);
    const context = await requestContext();
    const result = await requestPasswordReset(db, { email: parsed.data.email, ip: context.ip }, context);
    if (!result.ok) return failed("too_many_requests", formData, minutes(result.retryAfterSeconds));
    runAfterResponse(result.afterResponse, "password reset request");
    return succeeded("reset_check_email");
  });
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const context = await requestContext();
    if (!(await completePasswordReset(db, parsed.data, context))) return failed("link_invalid");
    redirect(`/${context.locale}/sign-in?reset=1`);
  });
}
