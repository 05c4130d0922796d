"use server";

import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { resendVerification } from "@/lib/auth/registration";
import { signIn, signOut } from "@/lib/auth";
import { SlowedSignIn } from "@/lib/auth/config";
import { db } from "@/lib/db";
import { failed, invalid, succeeded, type FormState } from "@/lib/forms/form-state";
import { runAction } from "@/lib/forms/run-action";
import type { Locale } from "@/lib/i18n/routing";
import { hitLimit } from "@/lib/security/rate-limit";
import { emailOnlySchema, signInSchema } from "@/lib/validation/auth";
import { safeCallbackPath } from "@/lib/validation/redirect";
import { requestContext } from "./request-context";

export async function signInWithPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = signInSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const context = await requestContext();
    const redirectTo = safeCallbackPath(formData.get("callbackUrl"), context.locale);
    try {
      await signIn("credentials", { ...parsed.data, redirectTo });
      return succeeded("signed_in");
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const code = "code" in error ? error.code : undefined;
      if (error instanceof SlowedSignIn) return failed("sign_in_slowed", formData, { seconds: error.retryAfterSeconds });
      if (code === "rate_limited") return failed("too_many_attempts", formData);
      if (code === "unverified") {
        await resendVerification(db, parsed.data.email, context);
        return failed("email_not_verified", formData);
      }
      return failed("sign_in_invalid", formData);
    }
  });
}

/** Passwordless sign-in: Auth.js emails a one-time link (only to active accounts; see email-link.ts). */
export async function signInWithEmailLink(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const parsed = emailOnlySchema.safeParse({ email: formData.get("email") });
    if (!parsed.success) return invalid(parsed.error, formData);
    const context = await requestContext();
    for (const [key, max] of [[`email-link:ip:${context.ip}`, 10], [`email-link:account:${parsed.data.email}`, 3]] as const) {
      if ((await hitLimit(db, key, { max, windowMs: 60 * 60 * 1000 })).exceeded) return failed("too_many_attempts", formData);
    }
    const redirectTo = safeCallbackPath(formData.get("callbackUrl"), context.locale);
    await signIn("nodemailer", { email: parsed.data.email, redirectTo });
    return succeeded("check_email");
  });
}

export async function signInWithSso(formData: FormData): Promise<void> {
  const locale = (await getLocale()) as Locale;
  await signIn("oidc", { redirectTo: safeCallbackPath(formData.get("callbackUrl"), locale) });
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}
