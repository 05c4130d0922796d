// Email + password sign-in against the real database: the answers, the per-account delay
// (kept for unknown emails too) and the per-address limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, deleteTagged, emailFor, newTag, TEST_PASSWORD, type TestUser } from "@/lib/testing/accounts";
import { hashPassword } from "./password-hash";
import { backoffDelayMs } from "@/lib/security/rate-limit";
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

describe("per-account delay (slowed, never locked)", () => {
  const free = signInLimits.account.freeFailures;
  /** Makes `ms` pass for the account's counter, as if its last failure were that much older. */
  const elapse = (email: string, ms: number) =>
    db.$executeRaw`UPDATE "RateLimit" SET "resetAt" = "resetAt" - ${ms}::float8 * interval '1 millisecond' WHERE "key" = ${`sign-in:account:${email}`}`;
  const delayAfter = (failures: number) => backoffDelayMs(failures, signInLimits.account);
  /** The wait announced right after a failure: the delay, give or take the second the machine may have taken since. */
  const expectWait = (answer: unknown, delayMs: number) => {
    const seconds = (answer as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(seconds).toBeLessThanOrEqual(delayMs / 1000);
    expect(seconds).toBeGreaterThanOrEqual(delayMs / 1000 - 1);
  };
  const failAll = async (email: string, count: number) => {
    for (let i = 0; i < count; i++) expect(await attempt(email, `wrong ${i}`)).toEqual({ ok: false, reason: "invalid" });
  };

  it(`lets ${free} wrong passwords through unslowed, then refuses even the right one until the delay has passed, then signs in`, async () => {
    const user = await createTestUser(db, tag, "slowed");
    await failAll(user.email, free);
    const slowed = await attempt(user.email, TEST_PASSWORD);
    expect(slowed).toMatchObject({ ok: false, reason: "slowed" });
    expectWait(slowed, delayAfter(free));
    // Waiting the delay out for real: the right password is let through.
    await new Promise((resolve) => setTimeout(resolve, delayAfter(free) + 100));
    expect(await attempt(user.email, TEST_PASSWORD)).toMatchObject({ ok: true, user: { id: user.id } });
    // The success forgave the failures: a fresh budget of free attempts.
    expect(await accountCounter(user.email)).toBeNull();
    await failAll(user.email, free - 1);
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("refuses guesses inside the delay without checking the password, counting them or moving the delay", async () => {
    const user = await createTestUser(db, tag, "inside-delay");
    await failAll(user.email, free);
    const before = await accountCounter(user.email);
    for (const password of ["another guess", TEST_PASSWORD, "and another"]) {
      expect(await attempt(user.email, password)).toMatchObject({ ok: false, reason: "slowed" });
    }
    // The right password was among them and did not sign in: it was never checked.
    expect(await accountCounter(user.email)).toEqual(before);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).toBeNull();
  });

  it("doubles the delay with each further failure, up to 5 minutes", async () => {
    const user = await createTestUser(db, tag, "growing");
    await failAll(user.email, free);
    const delays: number[] = [];
    for (let failures = free; failures < free + 10; failures++) {
      delays.push(delayAfter(failures) / 1000);
      const refused = await attempt(user.email, "guess inside the delay");
      expect(refused).toMatchObject({ ok: false, reason: "slowed" });
      expectWait(refused, delayAfter(failures));
      // Shortly before the delay ends a guess is still refused; once it has passed, it is checked (and fails).
      const margin = 5000;
      await elapse(user.email, delayAfter(failures) - margin);
      expect(await attempt(user.email, "guess just before")).toMatchObject({ ok: false, reason: "slowed" });
      await elapse(user.email, margin);
      expect(await attempt(user.email, `guess ${failures}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(delays).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    await elapse(user.email, delayAfter(free + 10));
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it("slows an unknown email exactly the same way, so the delay does not reveal which emails exist", async () => {
    const user = await createTestUser(db, tag, "known-twin");
    const unknown = emailFor(tag, "ghost");
    const answers = async (email: string) => {
      const seen = [];
      for (let i = 0; i < free; i++) seen.push(await attempt(email, `guess ${i}`));
      seen.push(await attempt(email, "inside the delay"));
      await elapse(email, delayAfter(free));
      seen.push(await attempt(email, "after the delay"));
      seen.push(await attempt(email, "inside the longer delay"));
      return seen;
    };
    const [known, ghost] = [await answers(user.email), await answers(unknown)];
    const reasons = (seen: typeof known) => seen.map((answer) => answer.ok || answer.reason);
    expect(reasons(known)).toEqual([...Array(free).fill("invalid"), "slowed", "invalid", "slowed"]);
    expect(reasons(ghost)).toEqual(reasons(known));
    expectWait(known[free], delayAfter(free));
    expectWait(ghost[free], delayAfter(free));
    expectWait(known.at(-1), delayAfter(free + 1));
    expectWait(ghost.at(-1), delayAfter(free + 1));
  });

  it("counts wrong passwords against deactivated accounts too", async () => {
    const user = await createTestUser(db, tag, "deactivated-slowed", { active: false });
    for (let i = 0; i < free; i++) await attempt(user.email, TEST_PASSWORD);
    expect(await attempt(user.email, TEST_PASSWORD)).toMatchObject({ ok: false, reason: "slowed" });
  });

  it("forgets failures a day after the last one", async () => {
    const user = await createTestUser(db, tag, "forgotten");
    await failAll(user.email, free);
    await elapse(user.email, signInLimits.account.forgetMs);
    await failAll(user.email, free - 1);
    expect((await accountCounter(user.email))?.count).toBe(free - 1);
    expect((await attempt(user.email, TEST_PASSWORD)).ok).toBe(true);
  });

  it(`verifies at most ${free} wrong passwords even when the guesses arrive at once`, async () => {
    const user = await createTestUser(db, tag, "burst");
    const burst = 4 * free;
    const results = await Promise.all(Array.from({ length: burst }, (_, i) => attempt(user.email, `guess ${i}`)));
    const checked = results.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(checked).toBe(free);
    expect(results.filter((result) => !result.ok && result.reason === "slowed")).toHaveLength(burst - free);
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
