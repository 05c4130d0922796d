// Ranking inside PostgreSQL, in two passes, as Elasticsearch's rescore and other engines' top-k
// rerankers do:
// 1. Every match gets its coverage of the query (how many of the query's concepts it matches,
//    and their summed IDF) from the text index, and ts_rank of the whole query: cheap per row.
// 2. The first RESCORE_WINDOW matches in that order are scored by BM25F (./bm25f.ts): each
//    field's word counts, normalized by the field's length, weighted, saturated, times the
//    word's IDF. The page is ranked by it; matches past the window follow the first pass.
//
// A word and its synonyms are one concept, scored once by the best of them and weighted at the
// lowest IDF among them (Lucene's SynonymQuery). Documents that match every concept rank above
// those that match some (Meilisearch's matchingStrategy "last"), in both passes.
//
// BM25F replaced a sum of ts_rank per clause times IDF. ts_rank normalizes by the length of the
// whole document, so a long body buried a short title, and it has no notion of a field's
// average length. Measured with search:eval (nDCG@10, long/short/typo queries), before -> after:
// cranfield .371/.172/.169 -> .378/.170/.168, med .689/.571/.571 -> .706/.595/.596,
// npl .418/.236/.232 -> .436/.250/.246, xquad_es .964/.835/.822 -> .968/.832/.821, and the
// mixed English/Spanish collection (search:mixed-collection) .952/.817/.801 -> .960/.821/.807.
// Rescoring only the window ranks as well as BM25F over every match (cranfield long .378 against
// .377, npl long .436 against .434, the rest equal), which took 1.45 s instead of 0.25 s (p50,
// search:bench, 10,000 documents).
//
// Each document is ranked by the query's analysis in its own language (./tsquery.ts CONFIGS: its
// stems and the exact words). Measured with search:eval against analysing every document and
// query in both languages: cranfield +0.003 (all three query sets), xquad_es +0.000/+0.004/+0.004
// (long/short/typo), npl +0.001/-0.001/-0.003, med +0.002/-0.013/-0.016, and on the mixed
// English/Spanish collection (search:mixed-collection) +0.000/+0.010/+0.009. med's short queries
// lose mostly on "filaria", which only the Spanish stemmer applied to English text conflated with
// "filarial": the same leak that made "activos" find "active".
//
// The statistics (document count, document frequencies; ./statistics.ts) are computed over the
// documents the viewer may read, so a score never depends on a document they cannot see.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClauseStatistics, FieldAverages } from "./statistics";
import { bm25fCtes } from "./bm25f";
import { inLanguage, LANGUAGES, matchesIn, orAll, type Analysed, type Clause } from "./tsquery";

/** The query of the CTE `q`, as each language analyses it. */
export const Q: Analysed = { en: Prisma.sql`q.query_en`, es: Prisma.sql`q.query_es` };

/**
 * How many of the first pass's best matches BM25F rescores (Elasticsearch's rescore window):
 * ranking every match of a common word by BM25F reads every one's text vector, 1.5 s at
 * 10,000 documents. Pages past it keep the first pass's order. 100 ranks as well as 200 on
 * every shared collection (npl's long queries .436 against .434) at half the window's cost.
 */
export const RESCORE_WINDOW = 100;

/**
 * At most this many clauses are ranked, the rarest among the readable documents. Each ranked
 * clause costs a text-index test per matching row (the first pass's coverage) and BM25F terms
 * in the window, and a long query (200 characters, about 30 words) matches nearly every
 * document. Measured with the ts_rank ranking this replaced: ranking all its words took
 * 1.5-1.7 s (p95) at 10,000 documents, 1.0-1.1 s with 16 (search:bench --query-length long, 2
 * cores); with BM25F, 16 takes 1.1 s (p50) as before. The words left out are the most common
 * ones, whose weight (IDF) is the lowest; they still match, so totals and facets do not change.
 * 16 kept nDCG@10 of the long queries of cranfield, med, npl and xquad_es within 0.002 or above;
 * 12 was faster still but cost npl 0.007.
 */
export const MAX_RANKED_CLAUSES = 16;

/** The clauses to rank (with their statistics), in query order: the rarest `max` of them. */
export function rankedClauses(clauses: Clause[], statistics: ClauseStatistics[], max = MAX_RANKED_CLAUSES): { clauses: Clause[]; statistics: ClauseStatistics[] } {
  if (clauses.length <= max) return { clauses, statistics };
  const kept = clauses
    .map((_, i) => i)
    .sort((a, b) => statistics[b]!.idf - statistics[a]!.idf || a - b)
    .slice(0, max)
    .sort((a, b) => a - b);
  return { clauses: kept.map((i) => clauses[i]!), statistics: kept.map((i) => statistics[i]!) };
}

/**
 * A word and its synonyms are one term, as Lucene's SynonymQuery blends them: each clause is
 * weighed by the lowest IDF among the clauses of its concepts. Otherwise the rarer spelling
 * wins on rarity alone: "ciberseguridad" in a body outranked "cybersecurity" in a title.
 */
export function conceptIdf(clauses: Clause[], statistics: ClauseStatistics[]): ClauseStatistics[] {
  const lowest = new Map<number, number>();
  clauses.forEach((c, i) => c.concepts.forEach((k) => lowest.set(k, Math.min(lowest.get(k) ?? Infinity, statistics[i]!.idf))));
  return statistics.map((s, i) => {
    const concepts = clauses[i]!.concepts;
    return concepts.length === 0 ? s : { ...s, idf: Math.min(...concepts.map((k) => lowest.get(k)!)) };
  });
}

/** The alternatives of a clause that rank: all of them when the word as typed is not in the index, else that word alone. */
export const rankedAlternatives = (clause: Clause, statistics: ClauseStatistics) => (statistics.useAlternatives ? clause.alternatives : clause.alternatives.slice(0, 1));

/**
 * CTE `idf`: each clause's alternatives that rank (as English and as Spanish documents are
 * matched), its weight (./statistics.ts), concepts and whether it is a phrase.
 */
export function idfCte(clauses: Clause[], statistics: ClauseStatistics[]): Prisma.Sql {
  const rows = clauses.map((c, i) => {
    const ranked = rankedAlternatives(c, statistics[i]!);
    const arrays = LANGUAGES.map((l) => Prisma.sql`ARRAY[${Prisma.join(ranked.map((a) => a[l]))}]::tsquery[]`);
    return Prisma.sql`(${i}::int, ${Prisma.join(arrays)}, ${statistics[i]!.idf}::float8, ${c.concepts}::int[], ${c.phrase}::boolean)`;
  });
  return Prisma.sql`idf (i, ${Prisma.raw(LANGUAGES.map((l) => `alternatives_${l}`).join(", "))}, idf, concepts, phrase) AS (VALUES ${Prisma.join(rows)})`;
}

/** How many concepts the ranked clauses stand for: a document matching them all has every word. */
export const conceptCount = (clauses: Clause[]) => new Set(clauses.flatMap((c) => c.concepts)).size;

/** CTE `concept_queries` (concept, idf, query_en, query_es): a concept matches by any of its clauses' ranked alternatives. */
export function conceptCte(clauses: Clause[], statistics: ClauseStatistics[]): Prisma.Sql {
  const concepts = new Map<number, { idf: number; queries: Analysed[] }>();
  clauses.forEach((c, i) => {
    const ranked = rankedAlternatives(c, statistics[i]!);
    for (const k of c.concepts) {
      const concept = concepts.get(k) ?? { idf: Infinity, queries: [] };
      concepts.set(k, { idf: Math.min(concept.idf, statistics[i]!.idf), queries: [...concept.queries, ...ranked] });
    }
  });
  const rows = [...concepts].map(([k, { idf, queries }]) => {
    const query = orAll(queries);
    return Prisma.sql`SELECT ${k}::int, ${idf}::float8, ${query.en}, ${query.es}`;
  });
  const none = Prisma.sql`SELECT NULL::int, NULL::float8, NULL::tsquery, NULL::tsquery WHERE false`;
  return Prisma.sql`concept_queries (concept, idf, query_en, query_es) AS (${rows.length > 0 ? Prisma.join(rows, " UNION ALL ") : none})`;
}

/**
 * A text vector's coverage of the query: how many concepts it matches, and their summed IDF.
 * With a single concept every match has it (through one of its ranked alternatives, or, when
 * the word as typed is indexed, its continuations too: the window's BM25F then scores those 0),
 * and testing it again on every row cost a sixth of the search.
 */
const coverage = (tsv: Prisma.Sql, language: Prisma.Sql, single: boolean) => Prisma.sql`LATERAL (
  SELECT count(*)::int AS concepts, coalesce(sum(cq.idf), 0)::float8 AS weight FROM concept_queries cq
  ${single ? Prisma.empty : Prisma.sql`WHERE ${matchesIn(tsv, language, { en: Prisma.sql`cq.query_en`, es: Prisma.sql`cq.query_es` })}`})`;

/**
 * The first pass: every match's coverage (from its text or its best matching chunk) and
 * ts_rank of the whole query, for the window to rescore and for the order past it.
 */
const coarseCtes = (source: Prisma.Sql, single: boolean) => Prisma.sql`
    chunk_coverage AS (
      SELECT c."documentId", max(v.concepts) AS concepts, max(v.weight) AS weight
      FROM chunk_matches c CROSS JOIN ${coverage(Prisma.sql`c.tsv`, Prisma.sql`c.language`, single)} v
      WHERE c."documentId" IN (SELECT "documentId" FROM ${source}) GROUP BY 1),
    coarse AS MATERIALIZED (
      SELECT m."documentId", greatest(v.concepts, cc.concepts) AS concepts, greatest(v.weight, cc.weight) AS weight,
        ts_rank('{0.33,0.5,0.67,1.0}', m.tsv, ${inLanguage(Prisma.sql`m.language`, Q)}, 1) AS rank
      FROM ${source} m CROSS JOIN q CROSS JOIN ${coverage(Prisma.sql`m.tsv`, Prisma.sql`m.language`, single)} v
      LEFT JOIN chunk_coverage cc USING ("documentId"))`;

/**
 * CTE `scores` ("documentId", complete, windowed, score, rank) for every row of the CTE named
 * `matches` (with its text vector and field lengths), whose matching attachment chunks are in
 * the CTE `chunk_matches`. The rows that come first by coverage
 * (every concept first, then the summed IDF of those matched) and ts_rank, RESCORE_WINDOW of
 * them, are scored by BM25F (./bm25f.ts) and ranked by it; the rest follow by coverage and
 * ts_rank. `complete`: the row matches every concept.
 */
export function scoreCtes(matches: string, clauses: Clause[], averages: FieldAverages): Prisma.Sql {
  const source = Prisma.raw(matches);
  const all = conceptCount(clauses);
  return Prisma.sql`${coarseCtes(source, all === 1)},
    rescored AS MATERIALIZED (
      SELECT "documentId" FROM coarse ORDER BY concepts >= ${all} DESC, weight DESC, rank DESC, "documentId" LIMIT ${RESCORE_WINDOW}),
    ${bm25fCtes(source, Prisma.sql`rescored`, averages, clauses.some((c) => c.phrase))},
    scores AS (
      SELECT c."documentId", c.concepts >= ${all} AS complete, b."documentId" IS NOT NULL AS windowed, coalesce(b.score, c.weight) AS score, c.rank
      FROM coarse c LEFT JOIN bm25f b USING ("documentId"))`;
}
