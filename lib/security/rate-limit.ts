// Rate limits kept in PostgreSQL, so that every server process shares them: fixed windows
// (hitLimit) and exponential backoff (claimAttempt). One atomic upsert per attempt: no
// read-then-write race between concurrent requests.
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

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

/**
 * Exponential backoff, OWASP's alternative to locking an account: the first `freeFailures`
 * failures cost nothing; after that, each attempt must come at least
 * baseMs · 2^(failures − freeFailures) after the last failure, at most `maxMs`. Failures are
 * forgotten `forgetMs` after the last one, or when the key is cleared (a success).
 */
export interface Backoff {
  freeFailures: number;
  baseMs: number;
  maxMs: number;
  forgetMs: number;
}

export type BackoffClaim = { allowed: true; failures: number } | { allowed: false; retryAfterSeconds: number };

/** How long after the last of `failures` failures the next attempt may come. */
export function backoffDelayMs(failures: number, backoff: Backoff): number {
  if (failures < backoff.freeFailures) return 0;
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(failures - backoff.freeFailures, 40));
}

// The same delay in SQL. A backoff row keeps count = failures and resetAt = last failure +
// forgetMs, so an expired row is a forgotten one (pruneLimits and the next attempt drop it).
const ms = (value: number) => Prisma.sql`(${value}::float8 * interval '1 millisecond')`;
const delaySql = (failures: Prisma.Sql, b: Backoff) =>
  Prisma.sql`(CASE WHEN ${failures} < ${b.freeFailures}::int THEN interval '0' ELSE least(${ms(b.maxMs)}, ${ms(b.baseMs)} * power(2::float8, least(${failures} - ${b.freeFailures}::int, 40))) END)`;
const nextAttemptSql = (row: string, b: Backoff) =>
  Prisma.sql`${Prisma.raw(`${row}."resetAt"`)} - ${ms(b.forgetMs)} + ${delaySql(Prisma.raw(`${row}."count"`), b)}`;

/**
 * Claims one attempt under `key`: refused, without counting, while the backoff of earlier
 * failures runs; otherwise counted as a failure straight away (before the caller checks
 * anything), so attempts sent at the same moment cannot all get through. A caller whose
 * attempt succeeds clears the key.
 */
export async function claimAttempt(db: Database, key: string, backoff: Backoff): Promise<BackoffClaim> {
  const claimed = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" AS r ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + ${ms(backoff.forgetMs)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN r."resetAt" <= now() THEN 1 ELSE r."count" + 1 END,
      "resetAt" = EXCLUDED."resetAt"
    WHERE r."resetAt" <= now() OR ${nextAttemptSql("r", backoff)} <= now()
    RETURNING "count"`;
  if (claimed[0]) return { allowed: true, failures: claimed[0].count };
  const waiting = await db.$queryRaw<{ seconds: number | null }[]>`
    SELECT ceil(extract(epoch FROM ${nextAttemptSql('"RateLimit"', backoff)} - now()))::int AS "seconds"
    FROM "RateLimit" WHERE "key" = ${key}`;
  return { allowed: false, retryAfterSeconds: Math.max(1, waiting[0]?.seconds ?? 1) };
}
