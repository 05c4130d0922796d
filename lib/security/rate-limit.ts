// Fixed-window rate limits kept in PostgreSQL, so that every server process shares them.
// One atomic upsert per hit: no read-then-write race between concurrent requests.
import type { Database } from "@/lib/db/client";

export interface Limit {
  /** Attempts allowed per window. */
  max: number;
  windowMs: number;
}

export interface LimitState {
  count: number;
  resetAt: Date;
  /** True once the count has gone past the limit's maximum. */
  exceeded: boolean;
  retryAfterSeconds: number;
}

function state(count: number, resetAt: Date, limit: Limit): LimitState {
  const exceeded = count > limit.max;
  return { count, resetAt, exceeded, retryAfterSeconds: exceeded ? Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)) : 0 };
}

/** Counts one attempt against `key` and tells whether it went past the limit. */
export async function hitLimit(db: Database, key: string, limit: Limit): Promise<LimitState> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + ${limit.windowMs} * interval '1 millisecond')
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0]!;
  return state(row.count, row.resetAt, limit);
}

/** The current state of `key` without counting an attempt. */
export async function peekLimit(db: Database, key: string, limit: Limit): Promise<LimitState> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= new Date()) return state(0, new Date(), limit);
  return state(row.count, row.resetAt, limit);
}

export async function clearLimit(db: Database, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Removes expired counters (run occasionally; expired rows are also reset on their next hit). */
export async function pruneLimits(db: Database): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { resetAt: { lte: new Date() } } });
  return count;
}

/** Gives back one attempt counted by hitLimit (an attempt that turned out not to count). */
export async function releaseLimit(db: Database, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET "count" = greatest("count" - 1, 0) WHERE "key" = ${key}`;
}
