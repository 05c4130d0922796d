// Sign-up and email verification. The sign-up form answers the same way whether or not the
// email already has an account, after the same work; only the inbox owner learns which (they
// get a different email, sent after the answer).
import type { Database } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Locale } from "@/lib/i18n/routing";
import { sendMail } from "@/lib/mail/mailer";
import { accountAlreadyExists, verifyEmail } from "@/lib/mail/templates";
import { hitLimit, type Limit } from "@/lib/security/rate-limit";
import { hashPassword } from "./password-hash";
import { consumeToken, issueToken } from "./tokens";

export const signUpLimits = {
  ip: { max: 10, windowMs: 60 * 60 * 1000 },
  email: { max: 3, windowMs: 60 * 60 * 1000 },
} satisfies Record<string, Limit>;

export interface LinkContext {
  origin: string;
  locale: Locale;
}

const verifyUrl = (link: LinkContext, email: string, token: string) =>
  `${link.origin}/${link.locale}/verify-email?${new URLSearchParams({ email, token })}`;

export async function sendVerificationEmail(db: Database, user: { email: string; name: string | null }, link: LinkContext) {
  const { token } = await issueToken(db, "verify-email", user.email);
  await sendMail({ to: user.email, ...verifyEmail(link.locale, { name: user.name ?? user.email, url: verifyUrl(link, user.email, token) }) });
}

/** Work a request leaves for after its answer has been sent (the action hands it to Next's after()). */
export type AfterResponse = () => Promise<void>;

export type SignUpResult = { ok: true; afterResponse: AfterResponse } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Signs up. Before answering it does the same work whatever the email: the limits and one
 * password hash. Looking the email up, creating the account and the mail (a confirmation link,
 * or "you already have an account") are `afterResponse`, run once the answer has gone, so the
 * response time does not tell whether the email has an account either.
 */
export async function signUp(
  db: Database,
  input: { name: string; email: string; password: string; ip: string },
  link: LinkContext,
): Promise<SignUpResult> {
  for (const [key, limit] of [[`sign-up:ip:${input.ip}`, signUpLimits.ip], [`sign-up:email:${input.email}`, signUpLimits.email]] as const) {
    const state = await hitLimit(db, key, limit);
    if (state.exceeded) return { ok: false, reason: "rate_limited", retryAfterSeconds: state.retryAfterSeconds };
  }
  const passwordHash = await hashPassword(input.password);
  const account = { name: input.name, email: input.email, passwordHash };
  return { ok: true, afterResponse: () => completeSignUp(db, account, link) };
}

async function completeSignUp(db: Database, account: { name: string; email: string; passwordHash: string }, link: LinkContext): Promise<void> {
  const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
  if (existing) return mailAccountExists(account.email, link);
  try {
    const user = await db.user.create({ data: { ...account, locale: link.locale }, select: { email: true, name: true } });
    await sendVerificationEmail(db, user, link);
  } catch (error) {
    // A sign-up for the same email finished first.
    if (!isUniqueViolation(error)) throw error;
    await mailAccountExists(account.email, link);
  }
}

async function mailAccountExists(email: string, link: LinkContext): Promise<void> {
  const signInUrl = `${link.origin}/${link.locale}/sign-in`;
  const resetUrl = `${link.origin}/${link.locale}/forgot-password`;
  await sendMail({ to: email, ...accountAlreadyExists(link.locale, { signInUrl, resetUrl }) });
}

/** Confirms an address from its emailed link; false when the link is wrong, used or expired. */
export async function confirmEmail(db: Database, input: { email: string; token: string }): Promise<boolean> {
  if (!(await consumeToken(db, "verify-email", input.email, input.token))) return false;
  await db.user.updateMany({ where: { email: input.email, emailVerified: null }, data: { emailVerified: new Date() } });
  return true;
}

/** A fresh verification link for an account that tried to sign in unverified (rate-limited). */
export async function resendVerification(db: Database, email: string, link: LinkContext): Promise<void> {
  const state = await hitLimit(db, `verify-resend:${email}`, { max: 3, windowMs: 60 * 60 * 1000 });
  if (state.exceeded) return;
  const user = await db.user.findUnique({ where: { email }, select: { email: true, name: true, emailVerified: true, active: true } });
  if (user && user.active && !user.emailVerified) await sendVerificationEmail(db, user, link);
}
