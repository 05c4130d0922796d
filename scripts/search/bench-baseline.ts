// The plain PostgreSQL full-text baseline search:bench compares Puente's engine with: the same
// index rows, matched through the GIN index on "SearchEntry".tsv and ordered by ts_rank, top
// 20, with no access filter, no facets, no totals and no attachments. The query's words are
// OR-ed in both languages' analysis, as Puente's engine matches them, so both do comparable
// matching work and the ratio shows what ranking, permissions, facets and totals cost.
import type { Database } from "../../lib/db/client";
import type { SearchDocument } from "../../lib/search/types";

export async function baselineSearch(db: Database, q: string): Promise<number> {
  const rows = await db.$queryRaw<{ documentId: string }[]>`
    WITH x AS (SELECT (
      replace(plainto_tsquery('puente_en', ${q})::text, '&', '|') || ' | ' || replace(plainto_tsquery('puente_es', ${q})::text, '&', '|')
    ) AS text),
    q AS (SELECT CASE WHEN x.text = ' | ' THEN NULL ELSE trim(both ' |' from x.text)::tsquery END AS query FROM x)
    SELECT e."documentId" FROM "SearchEntry" e, q WHERE e.tsv @@ q.query ORDER BY ts_rank(e.tsv, q.query) DESC LIMIT 20`;
  return rows.length;
}

/** Seconds the plain baseline took to index the corpus: rows, then the GIN index over them. */
export interface BaselineIndexing {
  rows_seconds: number;
  gin_seconds: number;
  seconds: number;
}

/** Rows per INSERT statement of the baseline (the texts are bound as arrays). */
const BASELINE_BATCH = 500;

/**
 * The reindex baseline: the same documents into a plain table the quickest way PostgreSQL
 * offers, with no attachments, facets, access columns, vocabulary or second analysis: each
 * document's title (weight A) and summary and body (D) analysed once in its language, the rows
 * inserted into an unindexed table, then one CREATE INDEX … USING gin (a bulk build, faster
 * than inserting into an index). Puente cannot build its index that way without holding the
 * embedded database for the whole CREATE INDEX (./bench-rebuild.ts measures what it holds), so
 * the ratio is what Puente's index costs over the least any PostgreSQL full-text index costs.
 */
export async function baselineIndexing(db: Database, docs: readonly SearchDocument[]): Promise<BaselineIndexing> {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_plain_index`);
  await db.$executeRawUnsafe(`CREATE TABLE bench_plain_index (id text PRIMARY KEY, tsv tsvector NOT NULL)`);
  const started = performance.now();
  for (let i = 0; i < docs.length; i += BASELINE_BATCH) {
    const batch = docs.slice(i, i + BASELINE_BATCH);
    await db.$executeRaw`
      INSERT INTO bench_plain_index (id, tsv)
      SELECT d.id, setweight(to_tsvector(d.config::regconfig, d.title), 'A') || setweight(to_tsvector(d.config::regconfig, d.text), 'D')
      FROM unnest(${batch.map((d) => d.id)}::text[], ${batch.map((d) => `puente_${d.language}`)}::text[], ${batch.map((d) => d.title)}::text[],
        ${batch.map((d) => `${d.summary}\n\n${d.body}`)}::text[]) AS d(id, config, title, text)`;
  }
  const rowsDone = performance.now();
  await db.$executeRawUnsafe(`CREATE INDEX bench_plain_index_tsv ON bench_plain_index USING gin (tsv)`);
  const done = performance.now();
  await db.$executeRawUnsafe(`DROP TABLE bench_plain_index`);
  return { rows_seconds: (rowsDone - started) / 1000, gin_seconds: (done - rowsDone) / 1000, seconds: (done - started) / 1000 };
}
