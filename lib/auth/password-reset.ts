// Password reset by emailed link. Requests answer the same whether or not the email has an
// account, after the same work; limits apply per address and per account (counted for unknown
// emails as well).
import type { Database } from "@/lib/db/client";
import { sendMail } from "@/lib/mail/mailer";
import { passwordChanged, resetPassword } from "@/lib/mail/templates";
import { clearLimit, hitLimit, type Limit } from "@/lib/security/rate-limit";
import { hashPassword } from "./password-hash";
import { signInAccountKey } from "./password-sign-in";
import type { AfterResponse, LinkContext } from "./registration";
import { consumeToken, issueToken, tokenLifetimeMs } from "./tokens";

export const resetLimits = {
  ip: { max: 10, windowMs: 60 * 60 * 1000 },
  account: { max: 3, windowMs: 60 * 60 * 1000 },
} satisfies Record<string, Limit>;

export type ResetRequestResult = { ok: true; afterResponse: AfterResponse } | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Asks for a reset link. Before answering it only counts the limits, the same for every
 * email; looking the account up, the token and the mail are `afterResponse`, run once the
 * answer has gone, so the response time does not tell whether the email has an account.
 */
export async function requestPasswordReset(
  db: Database,
  input: { email: string; ip: string },
  link: LinkContext,
): Promise<ResetRequestResult> {
  for (const [key, limit] of [[`reset:ip:${input.ip}`, resetLimits.ip], [`reset:account:${input.email}`, resetLimits.account]] as const) {
    const state = await hitLimit(db, key, limit);
    if (state.exceeded) return { ok: false, reason: "rate_limited", retryAfterSeconds: state.retryAfterSeconds };
  }
  return { ok: true, afterResponse: () => mailResetLink(db, input.email, link) };
}

async function mailResetLink(db: Database, email: string, link: LinkContext): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { active: true } });
  if (!user?.active) return;
  const { token } = await issueToken(db, "reset-password", email);
  const url = `${link.origin}/${link.locale}/reset-password?${new URLSearchParams({ email, token })}`;
  await sendMail({ to: email, ...resetPassword(link.locale, { url, expiresMinutes: tokenLifetimeMs["reset-password"] / 60_000 }) });
}

/**
 * Sets a new password from a reset link. It also proves the address, ends every existing
 * session (the old password may be known to someone else) and forgives failed sign-ins.
 */
export async function completePasswordReset(
  db: Database,
  input: { email: string; token: string; password: string },
  link: LinkContext,
): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, active: true, emailVerified: true } });
  if (!user?.active || !(await consumeToken(db, "reset-password", input.email, input.token))) return false;
  await db.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(input.password),
      sessionVersion: { increment: 1 },
      emailVerified: user.emailVerified ?? new Date(),
    },
  });
  await clearLimit(db, signInAccountKey(input.email));
  await sendMail({ to: input.email, ...passwordChanged(link.locale, { resetUrl: `${link.origin}/${link.locale}/forgot-password` }) });
  return true;
}
