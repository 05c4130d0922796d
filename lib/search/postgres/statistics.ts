// Collection statistics for ranking: how many documents the viewer may read, in how many of
// them each part of the query occurs, and each field's average length (BM25F). Counting them
// touches every matching row, which at 100,000 documents costs more than the rest of a selective
// search, while they only change with the index: they are kept per permission filter and index
// generation (./generation.ts), for a minute at most. They only weigh scores; what matches, the
// totals and the facets are always computed fresh.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter } from "../filter";
import { LruCache } from "../lru-cache";
import { filterSql } from "./filter-sql";
import { indexGeneration } from "./generation";
import { matchesIn, type Clause } from "./tsquery";

type Db = Prisma.TransactionClient;

const TTL_MS = 60_000;
/** Entries are one clause for one permission filter: a few hundred bytes each. */
export const STATISTICS_CACHE_ENTRIES = 5_000;
/** Embargo times in the permission filter move every millisecond; a minute is close enough here. */
const TIME_GRAIN_MS = 60_000;

export interface ClauseStatistics {
  idf: number;
  /** False when the word as typed is in the index: it alone ranks (its continuations, corrections only match). */
  useAlternatives: boolean;
}

const cache = new LruCache<ClauseStatistics>(STATISTICS_CACHE_ENTRIES, TTL_MS);

/** What a cached value depends on: the documents the filter lets through, at this generation. */
export const scopeKey = (generation: string, access: Filter) =>
  `${generation}|${JSON.stringify(access, (key, value: unknown) => (["gt", "gte", "lt", "lte"].includes(key) && typeof value === "number" ? Math.floor(value / TIME_GRAIN_MS) : value))}`;
const clauseKey = (c: Clause) => JSON.stringify(c.alternatives.map((a) => [a.en.sql, a.en.values, a.es.sql, a.es.values]));

/** Okapi BM25's inverse document frequency, never negative. */
export const inverseDocumentFrequency = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

async function count(db: Db, clauses: Clause[], access: Filter): Promise<ClauseStatistics[]> {
  const where = filterSql(access);
  const rows = clauses.map(
    (c, i) => Prisma.sql`(${i}::int, ${c.alternatives[0]!.en}, ${c.alternatives[0]!.es}, ${c.query.en}, ${c.query.es}, ${c.alternatives.length}::int)`,
  );
  const typed = matchesIn(Prisma.sql`e.tsv`, Prisma.sql`e.language`, { en: Prisma.sql`c.typed_en`, es: Prisma.sql`c.typed_es` });
  const any = matchesIn(Prisma.sql`e.tsv`, Prisma.sql`e.language`, { en: Prisma.sql`c.query_en`, es: Prisma.sql`c.query_es` });
  const counted = await db.$queryRaw<{ i: number; n: number; typed: number; any: number }[]>`
    WITH clauses (i, typed_en, typed_es, query_en, query_es, alternatives) AS (VALUES ${Prisma.join(rows)}),
    corpus AS MATERIALIZED (SELECT count(*)::int AS n FROM "SearchEntry" e WHERE ${where})
    SELECT c.i, k.n, t.df AS typed,
      -- The continuations or corrections of a word the index does not have stand in for it.
      CASE WHEN t.df > 0 OR c.alternatives = 1 THEN t.df
        ELSE (SELECT count(*)::int FROM "SearchEntry" e WHERE ${any} AND ${where}) END AS any
    FROM clauses c CROSS JOIN corpus k
    CROSS JOIN LATERAL (SELECT count(*)::int AS df FROM "SearchEntry" e WHERE ${typed} AND ${where}) t
    ORDER BY c.i`;
  return counted.map((r) => ({ idf: inverseDocumentFrequency(r.n, r.any), useAlternatives: r.typed === 0 }));
}

/**
 * Each clause's statistics among the documents `access` lets the viewer read. The answer is
 * built from the values read and counted in this call, never read back from the cache, which
 * may evict while it is filled.
 */
async function clauseStatistics(db: Db, clauses: Clause[], access: Filter, scope: string): Promise<ClauseStatistics[]> {
  const keys = clauses.map((c) => `${scope}|${clauseKey(c)}`);
  const values = keys.map((key) => cache.get(key));
  const missing = values.flatMap((value, i) => (value === undefined ? [i] : []));
  if (missing.length > 0) {
    const fresh = await count(db, missing.map((i) => clauses[i]!), access);
    missing.forEach((i, j) => {
      values[i] = fresh[j]!;
      cache.set(keys[i]!, fresh[j]!);
    });
  }
  return values as ClauseStatistics[];
}

/** How many entries the cache holds (tests check it stays bounded). */
export const statisticsCacheSize = () => cache.size;

/** The average length in words of each field (A, B, C, D) and of an attachment chunk. */
export type FieldAverages = [number, number, number, number, number];

const averagesCache = new LruCache<FieldAverages>(STATISTICS_CACHE_ENTRIES, TTL_MS);

/**
 * BM25F's average field lengths among the documents `access` lets the viewer read (entries
 * written before lengths were kept are left out). Kept like the clause statistics.
 */
async function fieldAverages(db: Db, access: Filter, key: string): Promise<FieldAverages> {
  const cached = averagesCache.get(key);
  if (cached) return cached;
  const where = filterSql(access);
  const field = (i: number) => Prisma.raw(`coalesce(avg(e."fieldLengths"[${i}]) FILTER (WHERE cardinality(e."fieldLengths") = 4), 0)::float8`);
  const [row] = await db.$queryRaw<{ a: number; b: number; c: number; d: number; chunk: number }[]>`
    SELECT ${field(1)} AS a, ${field(2)} AS b, ${field(3)} AS c, ${field(4)} AS d,
      (SELECT coalesce(avg(c."length") FILTER (WHERE c."length" > 0), 0)::float8 FROM "SearchChunk" c JOIN "SearchEntry" e USING ("documentId") WHERE ${where}) AS chunk
    FROM "SearchEntry" e WHERE ${where}`;
  const averages: FieldAverages = [row!.a, row!.b, row!.c, row!.d, row!.chunk];
  averagesCache.set(key, averages);
  return averages;
}

/** What ranking needs of the collection the viewer may read, as of the index's generation now. */
export async function searchStatistics(db: Db, clauses: Clause[], access: Filter): Promise<{ clauses: ClauseStatistics[]; averages: FieldAverages }> {
  const scope = scopeKey(await indexGeneration(db), access);
  return {
    clauses: clauses.length > 0 ? await clauseStatistics(db, clauses, access, scope) : [],
    averages: await fieldAverages(db, access, scope),
  };
}
