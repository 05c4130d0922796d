// The built-in index's generation: a counter bumped in the same transaction as every change to
// the index, with what changed (SearchIndexChange). Caches of what the index's contents imply
// (./statistics.ts, and each instance's memory index: ./postings/postings-cache.ts) are keyed
// by it, so they are never older than the index a search reads, on every instance sharing the
// database. A reader may key values counted after a later write under the earlier generation;
// that key is never read again once the later one is visible, so the slip lasts one search at
// most.
import { Prisma } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;

/** How many generations of changes are kept: an instance further behind reloads everything. */
export const KEPT_GENERATIONS = 10_000;

/**
 * Marks the index changed: `documentIds` were written or removed, or, with null, the whole
 * index was replaced. Index writes hold the vocabulary lock (./vocabulary.ts) already, so
 * generations are taken and committed in order, and the rows add no contention of their own.
 */
export async function bumpIndexGeneration(db: Db, documentIds: string[] | null): Promise<void> {
  const [row] = await db.$queryRaw<{ generation: bigint }[]>`
    INSERT INTO "SearchIndexState" ("id", "generation") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "generation" = "SearchIndexState"."generation" + 1
    RETURNING "generation"`;
  const generation = row!.generation;
  const ids = documentIds ?? [null];
  await db.$executeRaw`
    INSERT INTO "SearchIndexChange" ("generation", "documentId") SELECT ${generation}::bigint, unnest(${ids}::text[])`;
  await db.$executeRaw`DELETE FROM "SearchIndexChange" WHERE "generation" <= ${generation}::bigint - ${KEPT_GENERATIONS}::bigint`;
}

export async function indexGeneration(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ generation: string }[]>`SELECT "generation"::text AS generation FROM "SearchIndexState" WHERE "id" = 1`;
  return rows[0]?.generation ?? "0";
}

/** The changes after `since`, oldest first; `complete` is false when some were pruned already. */
export async function changesSince(db: Db, since: string): Promise<{ complete: boolean; changes: { generation: string; documentId: string | null }[] }> {
  const changes = await db.$queryRaw<{ generation: string; documentId: string | null }[]>`
    SELECT "generation"::text AS generation, "documentId" FROM "SearchIndexChange" WHERE "generation" > ${since}::bigint ORDER BY "generation", "id"`;
  const [oldest] = await db.$queryRaw<{ oldest: string | null }[]>`SELECT min("generation")::text AS oldest FROM "SearchIndexChange"`;
  const complete = oldest?.oldest === null || oldest?.oldest === undefined || BigInt(oldest.oldest) <= BigInt(since) + 1n;
  return { complete, changes };
}
