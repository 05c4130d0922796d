import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { backoffDelayMs, claimAttempt, clearLimit, hitLimit, peekLimit, pruneLimits } from "./rate-limit";

afterAll(async () => {
  await db.$disconnect();
});

describe("rate limits in PostgreSQL", () => {
  it("counts attempts and reports when the limit is exceeded", async () => {
    const key = `test:${randomUUID()}`;
    const limit = { max: 3, windowMs: 60_000 };
    const states = [];
    for (let i = 0; i < 5; i++) states.push(await hitLimit(db, key, limit));
    expect(states.map((s) => s.count)).toEqual([1, 2, 3, 4, 5]);
    expect(states.map((s) => s.exceeded)).toEqual([false, false, false, true, true]);
    expect(states[4]!.retryAfterSeconds).toBeGreaterThan(50);
    expect((await peekLimit(db, key, limit)).count).toBe(5);
  });

  it("is exact under concurrent attempts", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 25 }, () => hitLimit(db, key, { max: 10, windowMs: 60_000 })));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(results.filter((r) => r.exceeded)).toHaveLength(15);
  });

  it("starts a new window once the old one has passed, and can be cleared", async () => {
    const key = `test:${randomUUID()}`;
    const limit = { max: 1, windowMs: 50 };
    await hitLimit(db, key, limit);
    expect((await hitLimit(db, key, limit)).exceeded).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await hitLimit(db, key, limit)).count).toBe(1);
    await clearLimit(db, key);
    expect((await peekLimit(db, key, limit)).count).toBe(0);
    await hitLimit(db, key, limit);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await pruneLimits(db)).toBeGreaterThanOrEqual(1);
  });
});

describe("exponential backoff in PostgreSQL", () => {
  const backoff = { freeFailures: 3, baseMs: 60_000, maxMs: 10 * 60_000, forgetMs: 60 * 60_000 };

  it("computes 0 for the free failures, then doubles from the base up to the maximum", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map((failures) => backoffDelayMs(failures, backoff) / 60_000)).toEqual([0, 0, 0, 1, 2, 4, 8, 10, 10]);
  });

  it("lets the free attempts through, then refuses (without counting) until the delay has passed", async () => {
    const key = `test:${randomUUID()}`;
    const claims = [];
    for (let i = 0; i < 5; i++) claims.push(await claimAttempt(db, key, backoff));
    expect(claims.slice(0, 3)).toEqual([1, 2, 3].map((failures) => ({ allowed: true, failures })));
    for (const refused of claims.slice(3)) {
      expect(refused.allowed).toBe(false);
      expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(55);
      expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect((await peekLimit(db, key, { max: 0, windowMs: 0 })).count).toBe(3);
    await db.$executeRaw`UPDATE "RateLimit" SET "resetAt" = "resetAt" - interval '61 seconds' WHERE "key" = ${key}`;
    expect(await claimAttempt(db, key, backoff)).toEqual({ allowed: true, failures: 4 });
    expect(await claimAttempt(db, key, backoff)).toMatchObject({ allowed: false });
  });

  it("admits exactly the free attempts when they arrive at once", async () => {
    const key = `test:${randomUUID()}`;
    const claims = await Promise.all(Array.from({ length: 25 }, () => claimAttempt(db, key, backoff)));
    expect(claims.filter((claim) => claim.allowed)).toHaveLength(backoff.freeFailures);
  });

  it("forgets the failures once forgetMs has passed since the last one, and when cleared", async () => {
    const key = `test:${randomUUID()}`;
    for (let i = 0; i < 4; i++) await claimAttempt(db, key, backoff);
    await db.$executeRaw`UPDATE "RateLimit" SET "resetAt" = now() - interval '1 second' WHERE "key" = ${key}`;
    expect(await claimAttempt(db, key, backoff)).toEqual({ allowed: true, failures: 1 });
    await clearLimit(db, key);
    expect(await claimAttempt(db, key, backoff)).toEqual({ allowed: true, failures: 1 });
  });
});
