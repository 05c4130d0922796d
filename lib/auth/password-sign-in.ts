// The email + password check behind the Credentials provider, with rate limits per client
// address and per account. Unknown emails, wrong passwords and deactivated accounts all get
// the same answer; the per-account counter is kept for unknown emails too, so the lockout
// message does not reveal which emails exist either.
import type { Database } from "@/lib/db/client";
import { hitLimit, clearLimit, peekLimit, type Limit } from "@/lib/security/rate-limit";
import { verifyPassword } from "./password-hash";

export const signInLimits = {
  /** Wrong passwords for one account before it is locked for the rest of the window. */
  account: { max: 5, windowMs: 15 * 60 * 1000 },
  /** Attempts from one address, right or wrong. */
  ip: { max: 30, windowMs: 15 * 60 * 1000 },
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
  const [ip, account] = await Promise.all([
    hitLimit(db, `sign-in:ip:${input.ip}`, signInLimits.ip),
    peekLimit(db, accountKey, signInLimits.account),
  ]);
  if (ip.exceeded) return { ok: false, reason: "rate_limited", retryAfterSeconds: ip.retryAfterSeconds };
  if (account.count >= signInLimits.account.max) {
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.ceil((account.resetAt.getTime() - Date.now()) / 1000) };
  }

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, emailVerified: true },
  });
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid || !user.active) {
    await hitLimit(db, accountKey, signInLimits.account);
    return { ok: false, reason: "invalid" };
  }
  if (!user.emailVerified) return { ok: false, reason: "unverified" };
  await clearLimit(db, accountKey);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
