// Rebuilding the built-in index without holding the site. The embedded database runs one
// statement at a time, so one long transaction (the way this used to work) made every page
// wait for the whole rebuild. Instead the new index is written into copies of the index tables
// in a schema of their own, in short transactions (readers and the outbox worker get their
// turn between them), and swapped in at the end in one short transaction: the old tables move
// out, the new ones move in under the same names, and the old ones are dropped. Until the swap
// every search reads the old index, complete; after it, the new one.
//
// The copies are made with LIKE … INCLUDING ALL in another schema, so PostgreSQL names their
// indexes and constraints exactly as the migrations named the live ones, and the schema stays
// what the migrations describe after the swap. Writes go through the same indexer code with
// the search path pointed at the copies; the vocabulary is counted in memory meanwhile and
// written into the copies, in steps too, just before the swap (./vocabulary-tally.ts).
import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchDocument } from "../types";
import type { DocumentAnalyser } from "./analysis/document-analyser";
import { bumpIndexGeneration } from "./generation";
import { upsertEntries } from "./indexer";
import { lockVocabulary } from "./vocabulary";
import { VocabularyTally } from "./vocabulary-tally";

/** The index's tables: everything the indexer writes. */
export const INDEX_TABLES = ["SearchEntry", "SearchChunk", "SearchWord", "SearchTerm"] as const;
/** Each rebuild's copies live in a schema of its own: `puente_search_building_<random>`. */
const BUILDING_PREFIX = "puente_search_building_";
const RETIRED = "puente_search_retired";

/**
 * Documents per transaction: one step holds the embedded database for about 150 ms on 2
 * cores. Measured with search:bench --during-rebuild at 3,000 documents (load 3.7-6.3): 25
 * per step, searches meanwhile p50 175 ms, p95 277 ms, rebuild 12 s; 10 per step, p95 200 ms
 * but the rebuild took twice as long (each commit has a fixed cost).
 */
export const REBUILD_STEP = 25;

const quoted = (schema: string, table: string) => Prisma.raw(`"${schema}"."${table}"`);

/**
 * Empty copies of the index tables, in a new schema. Schemas left by earlier rebuilds go first:
 * a crashed one's leftovers, or a rebuild still running elsewhere, whose next step then fails
 * (see writeStep) while the live index stays whole; the newest rebuild wins.
 */
async function createCopies(db: Database): Promise<string> {
  const building = `${BUILDING_PREFIX}${randomBytes(6).toString("hex")}`;
  await db.$transaction(async (tx) => {
    const old = await tx.$queryRaw<{ name: string }[]>`SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, ${BUILDING_PREFIX})`;
    for (const { name } of old) await tx.$executeRaw`DROP SCHEMA ${Prisma.raw(`"${name}"`)} CASCADE`;
    await tx.$executeRaw`CREATE SCHEMA ${Prisma.raw(`"${building}"`)}`;
    for (const table of INDEX_TABLES) {
      await tx.$executeRaw`CREATE TABLE ${quoted(building, table)} (LIKE ${quoted("public", table)} INCLUDING ALL)`;
    }
  });
  return building;
}

/** Runs one step of work on the copies, in a transaction of its own. */
async function inCopies(db: Database, building: string, work: (tx: Prisma.TransactionClient) => Promise<void>): Promise<void> {
  await db.$transaction(
    async (tx) => {
      // Named in full first: this fails if the copies are gone (the search path would skip a
      // missing schema and write into the live tables), and keeps them from being dropped
      // until the step commits.
      await tx.$executeRaw`LOCK TABLE ${Prisma.raw(INDEX_TABLES.map((t) => `"${building}"."${t}"`).join(", "))} IN ROW EXCLUSIVE MODE`;
      // Unqualified table names resolve to the copies; types, text search configurations and
      // extensions still resolve in public.
      await tx.$executeRaw`SELECT set_config('search_path', ${`"${building}", public`}, true)`;
      await work(tx);
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** Moves the live tables out and the copies in, in one short transaction, and drops the old ones. */
async function swapIn(db: Database, building: string): Promise<void> {
  await db.$transaction(
    async (tx) => {
      // Index writes take this lock before touching a table: taken first, the swap waits for the
      // one in flight instead of deadlocking with it over the tables' locks.
      await lockVocabulary(tx);
      await tx.$executeRaw`DROP SCHEMA IF EXISTS ${Prisma.raw(`"${RETIRED}"`)} CASCADE`;
      await tx.$executeRaw`CREATE SCHEMA ${Prisma.raw(`"${RETIRED}"`)}`;
      const live = Prisma.raw(INDEX_TABLES.map((t) => `"public"."${t}"`).join(", "));
      await tx.$executeRaw`LOCK TABLE ${live} IN ACCESS EXCLUSIVE MODE`;
      for (const table of INDEX_TABLES) await tx.$executeRaw`ALTER TABLE ${quoted("public", table)} SET SCHEMA ${Prisma.raw(`"${RETIRED}"`)}`;
      for (const table of INDEX_TABLES) await tx.$executeRaw`ALTER TABLE ${quoted(building, table)} SET SCHEMA public`;
      await tx.$executeRaw`DROP SCHEMA ${Prisma.raw(`"${RETIRED}"`)} CASCADE`;
      await tx.$executeRaw`DROP SCHEMA ${Prisma.raw(`"${building}"`)}`;
      await bumpIndexGeneration(tx, null);
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

/** Builds a new index from the batches beside the live one, then swaps it in. */
export async function rebuildBesideLive(db: Database, batches: AsyncIterable<SearchDocument[]>, analyser: DocumentAnalyser): Promise<{ documents: number }> {
  const building = await createCopies(db);
  try {
    let documents = 0;
    const tally = new VocabularyTally();
    for await (const batch of batches) {
      for (let i = 0; i < batch.length; i += REBUILD_STEP) {
        const step = batch.slice(i, i + REBUILD_STEP);
        await inCopies(db, building, (tx) => upsertEntries(tx, step, { fresh: true, analyser, tally }));
      }
      documents += batch.length;
    }
    await tally.write((work) => inCopies(db, building, work));
    await swapIn(db, building);
    return { documents };
  } finally {
    // After a failure: the live index is untouched, and this rebuild's half-built copies go.
    await db.$executeRaw`DROP SCHEMA IF EXISTS ${Prisma.raw(`"${building}"`)} CASCADE`;
  }
}
