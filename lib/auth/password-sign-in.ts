// The email + password check behind the Credentials provider. Guessing is slowed, never
// locked out (OWASP's guidance): per account, after a few failures each further attempt has
// to wait an exponentially growing delay since the last failure, and the right password is
// let through as soon as that delay has passed; per client address, failures are capped.
// Unknown emails, wrong passwords and deactivated accounts all get the same answer, and the
// per-account delay is kept for unknown emails too, so it does not reveal which emails exist.
import type { Database } from "@/lib/db/client";
import { claimAttempt, clearLimit, hitLimit, releaseLimit, type Backoff, type Limit } from "@/lib/security/rate-limit";
import { verifyPassword } from "./password-hash";

export const signInLimits = {
  /**
   * Per account: 5 failures cost nothing; then the next attempt waits 2 s after the last
   * failure, then 4 s, 8 s … up to 5 minutes. A right password forgives the failures, and
   * they are forgotten a day after the last one.
   */
  account: { freeFailures: 5, baseMs: 2_000, maxMs: 5 * 60 * 1000, forgetMs: 24 * 60 * 60 * 1000 },
  /**
   * Failed attempts from one address. Successful ones are given back: a ministry's or a
   * university's staff may all sign in from one address.
   */
  ip: { max: 50, windowMs: 15 * 60 * 1000 },
} satisfies { account: Backoff; ip: Limit };

export const signInAccountKey = (email: string) => `sign-in:account:${email}`;

export type PasswordSignIn =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" | "unverified" }
  /** rate_limited: this address failed too often; slowed: this account must wait a little. */
  | { ok: false; reason: "rate_limited" | "slowed"; retryAfterSeconds: number };

export async function checkPasswordSignIn(
  db: Database,
  input: { email: string; password: string; ip: string },
): Promise<PasswordSignIn> {
  const accountKey = signInAccountKey(input.email);
  const ipKey = `sign-in:ip:${input.ip}`;
  // Each attempt is counted before the password is checked, so guesses sent at the same
  // moment cannot all get through; attempts that succeed are given back afterwards. The
  // address comes first: an address over its limit cannot push an account's delay further.
  const ip = await hitLimit(db, ipKey, signInLimits.ip);
  if (ip.exceeded) return { ok: false, reason: "rate_limited", retryAfterSeconds: ip.retryAfterSeconds };
  // Inside the account's delay the password is not even checked.
  const account = await claimAttempt(db, accountKey, signInLimits.account);
  if (!account.allowed) return { ok: false, reason: "slowed", retryAfterSeconds: account.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, emailVerified: true },
  });
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid || !user.active) return { ok: false, reason: "invalid" };
  // Right password: this attempt does not count against the address, and the account's failures are forgiven.
  await Promise.all([releaseLimit(db, ipKey), clearLimit(db, accountKey)]);
  if (!user.emailVerified) return { ok: false, reason: "unverified" };
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
