// The search worker's step: claim a batch of outbox entries (a lease, so two processes never
// apply the same entry), apply each document's current state to the engine (index it when
// it is published, remove it otherwise), then delete the entries. Applying is idempotent; a
// failure leaves the entries for a later retry with backoff and keeps the error.
import type { Database } from "@/lib/db/client";
import { buildSearchDocuments } from "./document-builder";
import type { SearchEngine } from "./types";

const LEASE_SECONDS = 60;
const MAX_BACKOFF_SECONDS = 300;

export interface SyncResult {
  applied: number;
  failed: number;
}

export async function processOutbox(db: Database, engine: SearchEngine, batchSize = 200): Promise<SyncResult> {
  const claimed = await db.$queryRaw<{ id: bigint; documentId: string; attempts: number }[]>`
    UPDATE "SearchOutbox" SET "availableAt" = now() + make_interval(secs => ${LEASE_SECONDS}), attempts = attempts + 1
    WHERE id IN (SELECT id FROM "SearchOutbox" WHERE "availableAt" <= now() ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
    RETURNING id, "documentId", attempts`;
  if (claimed.length === 0) return { applied: 0, failed: 0 };
  const ids = claimed.map((c) => c.id);
  const documentIds = [...new Set(claimed.map((c) => c.documentId))];
  try {
    const built = await buildSearchDocuments(db, documentIds);
    await engine.upsert(built);
    await engine.remove(documentIds.filter((id) => !built.some((doc) => doc.id === id)));
    await db.searchOutbox.deleteMany({ where: { id: { in: ids } } });
    return { applied: claimed.length, failed: 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 2000) : String(error);
    const attempts = Math.max(...claimed.map((c) => c.attempts));
    const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(attempts, 9));
    await db.$executeRaw`UPDATE "SearchOutbox" SET "lastError" = ${message}, "availableAt" = now() + make_interval(secs => ${backoff}) WHERE id = ANY(${ids}::bigint[])`;
    console.error(`search: applying ${claimed.length} change(s) to ${engine.name} failed (retry in ${backoff}s): ${message}`);
    return { applied: 0, failed: claimed.length };
  }
}

/** Applies everything waiting (for tests, the reindex command and the worker's catch-up). */
export async function drainOutbox(db: Database, engine: SearchEngine): Promise<SyncResult> {
  const total: SyncResult = { applied: 0, failed: 0 };
  for (;;) {
    const step = await processOutbox(db, engine);
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
