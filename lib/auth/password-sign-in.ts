// The email + password check behind the Credentials provider, with rate limits per client
// address and per account. Unknown emails, wrong passwords and deactivated accounts all get
// the same answer; the per-account counter is kept for unknown emails too, so the lockout
// message does not reveal which emails exist either.
import type { Database } from "@/lib/db/client";
import { clearLimit, hitLimit, releaseLimit, type Limit } from "@/lib/security/rate-limit";
import { verifyPassword } from "./password-hash";

export const signInLimits = {
  /** Attempts on one account (a right password forgives earlier ones) before it is locked for the rest of the window. */
  account: { max: 5, windowMs: 15 * 60 * 1000 },
  /**
   * Failed attempts from one address. Successful ones are given back: a ministry's or a
   * university's staff may all sign in from one address.
   */
  ip: { max: 50, windowMs: 15 * 60 * 1000 },
} satisfies Record<string, Limit>;

export type PasswordSignIn =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" | "unverified" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function checkPasswordSignIn(
  db: Database,
  input: { email: string; password: string; ip: string },
): Promise<PasswordSignIn> {
  const accountKey = `sign-in:account:${input.email}`;
  const ipKey = `sign-in:ip:${input.ip}`;
  // Each attempt is counted before the password is checked, so guesses sent at the same
  // moment cannot all get through; attempts that succeed are given back afterwards.
  const [ip, account] = await Promise.all([hitLimit(db, ipKey, signInLimits.ip), hitLimit(db, accountKey, signInLimits.account)]);
  const locked = [ip, account].find((state) => state.exceeded);
  if (locked) return { ok: false, reason: "rate_limited", retryAfterSeconds: locked.retryAfterSeconds };

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
