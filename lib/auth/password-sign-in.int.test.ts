// Email + password sign-in against the real database: the answers, the per-account lockout
// (kept for unknown emails too) and the per-address limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, deleteTagged, emailFor, newTag, TEST_PASSWORD, type TestUser } from "@/lib/testing/accounts";
import { hashPassword } from "./password-hash";
import { checkPasswordSignIn, signInLimits } from "./password-sign-in";

const tag = newTag("si");
let ipCounter = 0;
/** A fresh client address per call, so the per-IP limit stays out of the way unless tested. */
const freshIp = () => `ip-${tag}-${++ipCounter}`;
const attempt = (email: string, password: string, ip = freshIp()) => checkPasswordSignIn(db, { email, password, ip });
const accountCounter = (email: string) => db.rateLimit.findUnique({ where: { key: `sign-in:account:${email}` } });

let verified: TestUser;
let unverified: TestUser;
let deactivated: TestUser;
let noPassword: TestUser;

beforeAll(async () => {
  verified = await createTestUser(db, tag, "verified", { name: "Vera" });
  unverified = await createTestUser(db, tag, "unverified", { verified: false });
  deactivated = await createTestUser(db, tag, "deactivated", { active: false });
  noPassword = await createTestUser(db, tag, "no-password", { password: null });
});

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("password hashing", () => {
  it("stores argon2id hashes that differ for the same password (salted)", async () => {
    const [a, b] = await Promise.all([hashPassword(TEST_PASSWORD), hashPassword(TEST_PASSWORD)]);
    expect(a.startsWith("$argon2id$")).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain(TEST_PASSWORD);
    const row = await db.user.findUniqueOrThrow({ where: { id: verified.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe("checkPasswordSignIn", () => {
  it("accepts the right password, returns the user and records the sign-in time", async () => {
    const before = Date.now();
    const result = await attempt(verified.email, TEST_PASSWORD);
    expect(result).toEqual({ ok: true, user: { id: verified.id, email: verified.email, name: "Vera" } });
    const row = await db.user.findUniqueOrThrow({ where: { id: verified.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).not.toBeNull();
    expect(row.lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("answers a wrong password and an unknown email in exactly the same way", async () => {
    expect(await attempt(verified.email, "not the password")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(emailFor(tag, "nobody"), TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    // The email is matched exactly (the form lowercases it before this is called).
    expect(await attempt(verified.email.toUpperCase(), TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account even with the right password", async () => {
    expect(await attempt(deactivated.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    const row = await db.user.findUniqueOrThrow({ where: { id: deactivated.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).toBeNull();
  });

  it("refuses an account without a password, whatever is typed", async () => {
    expect(await attempt(noPassword.email, "")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(noPassword.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells an unverified account with the right password to verify, but not with a wrong one", async () => {
    expect(await attempt(unverified.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "unverified" });
    expect(await attempt(unverified.email, "wrong")).toEqual({ ok: false, reason: "invalid" });
    const row = await db.user.findUniqueOrThrow({ where: { id: unverified.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).toBeNull();
  });
});

describe("per-account lockout", () => {
  it(`locks an account after ${signInLimits.account.max} wrong passwords, even for the right one`, async () => {
    const user = await createTestUser(db, tag, "locked");
    for (let i = 0; i < signInLimits.account.max; i++) {
      expect(await attempt(user.email, `wrong ${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await attempt(user.email, TEST_PASSWORD);
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    const retry = (locked as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(signInLimits.account.windowMs / 1000);
    // Attempts while locked do not push the end of the lockout further away, and other accounts are unaffected.
    const again = (await attempt(user.email, TEST_PASSWORD)) as { retryAfterSeconds: number };
    expect(again.retryAfterSeconds).toBeLessThanOrEqual(retry);
    expect((await attempt(verified.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("allows the right password after max - 1 wrong ones, and that success resets the counter", async () => {
    const user = await createTestUser(db, tag, "almost");
    for (let i = 0; i < signInLimits.account.max - 1; i++) await attempt(user.email, "wrong");
    expect((await accountCounter(user.email))?.count).toBe(signInLimits.account.max - 1);
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
    expect(await accountCounter(user.email)).toBeNull();
    // A fresh budget: max - 1 more wrong passwords still do not lock.
    for (let i = 0; i < signInLimits.account.max - 1; i++) await attempt(user.email, "wrong");
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("locks an unknown email the same way, so the lockout does not reveal which emails exist", async () => {
    const unknown = emailFor(tag, "ghost");
    for (let i = 0; i < signInLimits.account.max; i++) {
      expect(await attempt(unknown, `guess ${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const result = await attempt(unknown, TEST_PASSWORD);
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((result as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("counts wrong passwords against deactivated accounts too", async () => {
    const user = await createTestUser(db, tag, "deactivated-locked", { active: false });
    for (let i = 0; i < signInLimits.account.max; i++) await attempt(user.email, TEST_PASSWORD);
    expect(await attempt(user.email, TEST_PASSWORD)).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("unlocks once the window has passed", async () => {
    const user = await createTestUser(db, tag, "expired-lock");
    for (let i = 0; i < signInLimits.account.max; i++) await attempt(user.email, "wrong");
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(false);
    await db.rateLimit.update({ where: { key: `sign-in:account:${user.email}` }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  // BUG (see report): the lockout is checked with peekLimit before the password is verified and
  // counted only afterwards, so attempts made at the same moment all pass the check. A burst of
  // parallel guesses gets far more than `max` passwords verified before the account locks.
  it("verifies at most `max` wrong passwords even when the guesses arrive at once", async () => {
    const user = await createTestUser(db, tag, "burst");
    const burst = 4 * signInLimits.account.max;
    const results = await Promise.all(Array.from({ length: burst }, (_, i) => attempt(user.email, `guess ${i}`)));
    const checked = results.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(signInLimits.account.max);
  });
});

describe("per-address limit", () => {
  it(`answers rate_limited after ${signInLimits.ip.max} failed attempts from one address, even for the right password`, async () => {
    const ip = freshIp();
    const user = await createTestUser(db, tag, "ip-target");
    // Each failure for a different (unknown) email, so no account lockout is involved.
    for (let i = 0; i < signInLimits.ip.max; i++) {
      expect(await attempt(emailFor(tag, `ip-guess-${i}`), "wrong", ip)).toEqual({ ok: false, reason: "invalid" });
    }
    const limited = await attempt(user.email, TEST_PASSWORD, ip);
    expect(limited).toMatchObject({ ok: false, reason: "rate_limited" });
    const retry = (limited as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(signInLimits.ip.windowMs / 1000);
    // Another address is not affected.
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("does not count successful sign-ins against the address (many people share one)", async () => {
    const ip = freshIp();
    const user = await createTestUser(db, tag, "shared-ip");
    for (let i = 0; i < signInLimits.ip.max + 1; i++) expect((await attempt(user.email, TEST_PASSWORD, ip)).ok).toBe(true);
    expect((await db.rateLimit.findUnique({ where: { key: `sign-in:ip:${ip}` } }))?.count ?? 0).toBe(0);
  });
});
