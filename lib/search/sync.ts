// The search worker's step: claim a batch of outbox entries with a short lease (so two
// processes never apply the same entry), renew the lease every few seconds while the batch
// is worked on, apply each document's current state to the engine (index it when it is
// published, remove it otherwise), then delete the entries. Applying is idempotent.
// A failure releases the claims at once: after a database connection fault (not the
// document's fault) the entries are retried a second later without counting the attempt;
// any other error is kept and retried with backoff. When even the release cannot reach the
// database, the short lease runs out within seconds, so a crash or a dropped connection
// delays the entries by seconds, not a minute.
import { isConnectionError } from "@/lib/db/connection-error";
import type { Database } from "@/lib/db/client";
import { buildSearchDocuments } from "./document-builder";
import type { SearchEngine } from "./types";

export interface OutboxOptions {
  batchSize?: number;
  /** How long a claim holds without renewal. */
  leaseSeconds?: number;
  /** How often a batch being worked on renews its lease. */
  renewEveryMs?: number;
}

export const OUTBOX_DEFAULTS = { batchSize: 200, leaseSeconds: 10, renewEveryMs: 3_000 } as const;
const MAX_BACKOFF_SECONDS = 300;
const CONNECTION_RETRY_SECONDS = 1;
const LOG_EVERY_MS = 60_000;

export interface SyncResult {
  applied: number;
  failed: number;
}

interface Claim {
  id: bigint;
  documentId: string;
  attempts: number;
}

/**
 * Claims up to batchSize available entries for leaseSeconds. A claim is (id, attempts): a
 * later claim of the same entry (after the lease ran out) counts another attempt, so the
 * earlier holder's renewals and release no longer match it.
 */
export function claimBatch(db: Database, batchSize: number, leaseSeconds: number): Promise<Claim[]> {
  return db.$queryRaw<Claim[]>`
    UPDATE "SearchOutbox" SET "availableAt" = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id IN (SELECT id FROM "SearchOutbox" WHERE "availableAt" <= now() ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
    RETURNING id, "documentId", attempts`;
}

/** Renews the claims every renewEveryMs until stopped; stop() waits for a renewal in flight. */
function keepLease(db: Database, claims: Claim[], leaseSeconds: number, renewEveryMs: number): { stop(): Promise<void> } {
  const ids = claims.map((c) => c.id);
  const attempts = claims.map((c) => c.attempts);
  let inFlight: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = db.$executeRaw`
      UPDATE "SearchOutbox" SET "availableAt" = now() + make_interval(secs => ${leaseSeconds})
      WHERE (id, attempts) IN (SELECT * FROM unnest(${ids}::bigint[], ${attempts}::int[]))`
      // A lease that cannot be renewed simply runs out; the release below handles the rest.
      .catch(() => {})
      .finally(() => (inFlight = null));
  }, renewEveryMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Gives the entries back with the error and when to retry. The connection that failed may be
 * gone and a new one not yet possible: retry until the lease would have run out by itself.
 */
async function release(db: Database, claims: Claim[], failure: { message: string; retrySeconds: number; countAttempt: boolean }, leaseSeconds: number) {
  const ids = claims.map((c) => c.id);
  const attempts = claims.map((c) => c.attempts);
  const undo = failure.countAttempt ? 0 : 1;
  const deadline = Date.now() + leaseSeconds * 1000;
  for (let wait = 200; ; wait = Math.min(wait * 2, 1000)) {
    try {
      await db.$executeRaw`
        UPDATE "SearchOutbox" SET "lastError" = ${failure.message}, "availableAt" = now() + make_interval(secs => ${failure.retrySeconds}), attempts = attempts - ${undo}
        WHERE (id, attempts) IN (SELECT * FROM unnest(${ids}::bigint[], ${attempts}::int[]))`;
      return;
    } catch (error) {
      if (Date.now() + wait >= deadline) throw error;
      await sleep(wait);
    }
  }
}

let lastConnectionLog = 0;

function describeFailure(error: unknown, claims: Claim[]) {
  const message = error instanceof Error ? error.message.slice(0, 2000) : String(error);
  if (isConnectionError(error)) return { message, retrySeconds: CONNECTION_RETRY_SECONDS, countAttempt: false, connection: true };
  const attempts = Math.max(...claims.map((c) => c.attempts));
  return { message, retrySeconds: Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(attempts, 9)), countAttempt: true, connection: false };
}

export async function processOutbox(db: Database, engine: SearchEngine, options: OutboxOptions = {}): Promise<SyncResult> {
  const { batchSize, leaseSeconds, renewEveryMs } = { ...OUTBOX_DEFAULTS, ...options };
  const claimed = await claimBatch(db, batchSize, leaseSeconds);
  if (claimed.length === 0) return { applied: 0, failed: 0 };
  const ids = claimed.map((c) => c.id);
  const documentIds = [...new Set(claimed.map((c) => c.documentId))];
  const lease = keepLease(db, claimed, leaseSeconds, renewEveryMs);
  try {
    const built = await buildSearchDocuments(db, documentIds);
    await engine.upsert(built);
    await engine.remove(documentIds.filter((id) => !built.some((doc) => doc.id === id)));
    await lease.stop();
    await db.searchOutbox.deleteMany({ where: { id: { in: ids } } });
    return { applied: claimed.length, failed: 0 };
  } catch (error) {
    await lease.stop();
    const failure = describeFailure(error, claimed);
    // While the database is down every run fails the same way: say so once a minute.
    if (!failure.connection || Date.now() - lastConnectionLog > LOG_EVERY_MS) {
      if (failure.connection) lastConnectionLog = Date.now();
      console.error(`search: applying ${claimed.length} change(s) to ${engine.name} failed (retry in ${failure.retrySeconds}s): ${failure.message}`);
    }
    await release(db, claimed, failure, leaseSeconds).catch(() => {
      throw error;
    });
    return { applied: 0, failed: claimed.length };
  }
}

/** Applies everything waiting (for tests, the reindex command and the worker's catch-up). */
export async function drainOutbox(db: Database, engine: SearchEngine, options: OutboxOptions = {}): Promise<SyncResult> {
  const total: SyncResult = { applied: 0, failed: 0 };
  for (;;) {
    const step = await processOutbox(db, engine, options);
    total.applied += step.applied;
    total.failed += step.failed;
    if (step.applied === 0) return total;
  }
}

export async function outboxStatus(db: Database): Promise<{ backlog: number; lastError: string | null }> {
  const [backlog, failing] = await Promise.all([
    db.searchOutbox.count(),
    db.searchOutbox.findFirst({ where: { lastError: { not: null } }, orderBy: { id: "desc" }, select: { lastError: true } }),
  ]);
  return { backlog, lastError: failing?.lastError ?? null };
}
