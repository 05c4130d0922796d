import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearLimit, hitLimit, peekLimit, pruneLimits } from "./rate-limit";

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
