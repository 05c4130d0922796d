// The built-in index's generation: a counter bumped in the same transaction as every change to
// the index. Caches of what the index's contents imply (./statistics.ts) are keyed by it, so
// they are never older than the index a search reads, on every instance sharing the database.
// A reader may key values counted after a later write under the earlier generation; that key
// is never read again once the later one is visible, so the slip lasts one search at most.
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Prisma.TransactionClient;

/**
 * Marks the index changed. Index writes hold the vocabulary lock (./vocabulary.ts) already,
 * so the one row adds no contention of its own.
 */
export async function bumpIndexGeneration(db: Db): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "SearchIndexState" ("id", "generation") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "generation" = "SearchIndexState"."generation" + 1`;
}

export async function indexGeneration(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ generation: string }[]>`SELECT "generation"::text AS generation FROM "SearchIndexState" WHERE "id" = 1`;
  return rows[0]?.generation ?? "0";
}
