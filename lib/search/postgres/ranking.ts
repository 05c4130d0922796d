// Ranking inside PostgreSQL. ts_rank alone does not know how rare a word is, so a query's
// common words weigh as much as its telling ones. Here each part of the query (a word with its
// corrections and, for the last one, its continuations; a synonym; a phrase) is ranked on its
// own with ts_rank, which saturates repeated occurrences and weighs title > labels > summary >
// body, normalized by document length; the parts are then summed weighted by their inverse
// document frequency, as BM25 does. Measured with search:eval, this ranks as well as a full
// BM25 computed from the tsvector's positions, at a fraction of the cost.
//
// A word and its synonyms are one concept, scored once by the best of them. Documents that match
// every concept of the query rank above those that match some (Meilisearch's "words" rule with
// matchingStrategy "last": all words first, then fewer), each group by score. Measured with
// search:eval on cranfield, med, npl and xquad_es: the short queries of med and npl gain
// 0.027 and 0.018 nDCG@10, cranfield's lose 0.007 and xquad_es's 0.001.
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
import type { ClauseStatistics } from "./statistics";
import { LANGUAGES, matchesIn, type Analysed, type Clause } from "./tsquery";

/** The query of the CTE `q`, as each language analyses it. */
export const Q: Analysed = { en: Prisma.sql`q.query_en`, es: Prisma.sql`q.query_es` };

/** ts_rank's weights for D (body), C (summary, fields), B (tags, focus areas), A (title). */
const WEIGHTS = Prisma.raw(`'{0.33,0.5,0.67,1.0}'::float4[]`);
/** ts_rank normalization 1: divide by 1 + log(document length). */
const NORMALIZATION = Prisma.raw("1");
/** A match inside an attachment counts at half the weight of one in the document itself. */
const ATTACHMENT_WEIGHT = Prisma.raw("0.5");

/**
 * At most this many clauses are ranked, the rarest among the readable documents. Each ranked
 * clause costs a ts_rank per alternative per matching row, and a long query (200 characters,
 * about 30 words) matches nearly every document: ranking all its words took 1.5-1.7 s (p95) at
 * 10,000 documents, 1.0-1.1 s with 16 (search:bench --query-length long, 2 cores). The words
 * left out are the most common ones, whose weight (IDF) is the lowest; they still match, so
 * totals and facets do not change. 16 keeps nDCG@10 of the long queries of cranfield, med, npl
 * and xquad_es within 0.002 or above; 12 was faster still but cost npl 0.007.
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

/**
 * CTE `idf`: each clause's alternatives that rank (as English and as Spanish documents are
 * matched), its weight (./statistics.ts), concepts and whether it is a phrase.
 */
export function idfCte(clauses: Clause[], statistics: ClauseStatistics[]): Prisma.Sql {
  const rows = clauses.map((c, i) => {
    const ranked = statistics[i]!.useAlternatives ? c.alternatives : c.alternatives.slice(0, 1);
    const arrays = LANGUAGES.map((l) => Prisma.sql`ARRAY[${Prisma.join(ranked.map((a) => a[l]))}]::tsquery[]`);
    return Prisma.sql`(${Prisma.join(arrays)}, ${statistics[i]!.idf}::float8, ${c.concepts}::int[], ${c.phrase}::boolean)`;
  });
  return Prisma.sql`idf (${Prisma.raw(LANGUAGES.map((l) => `alternatives_${l}`).join(", "))}, idf, concepts, phrase) AS (VALUES ${Prisma.join(rows)})`;
}

/** How many concepts the ranked clauses stand for: a document matching them all has every word. */
export const conceptCount = (clauses: Clause[]) => new Set(clauses.flatMap((c) => c.concepts)).size;

/**
 * A text vector's score (`score`) and how many of the query's concepts it matches
 * (`concepts`). A phrase that does not match ranks 0: ts_rank scores one whose words are
 * present but apart ("cyber ... security" for "cyber security"). A word that the analysis
 * splits ("heat-transfer") keeps ts_rank's partial credit: measured on cranfield's long
 * queries, requiring all its parts cost 0.005 nDCG@10. Each concept counts once, by its best
 * clause: a word and its synonyms are one thing said in two ways, not two pieces of evidence
 * (so a document saying "ciberseguridad" and "cybersecurity" in its body does not outrank the
 * one with "cybersecurity" in its title).
 */
const weighted = (tsv: Prisma.Sql, language: Prisma.Sql) => Prisma.sql`LATERAL (
  SELECT coalesce(sum(best), 0) AS score, count(*) AS concepts FROM (
    SELECT k.concept, max(f.idf * r.rank) AS best
    FROM idf f
    CROSS JOIN LATERAL (
      SELECT max(CASE WHEN NOT f.phrase OR ${tsv} @@ a THEN ts_rank(${WEIGHTS}, ${tsv}, a, ${NORMALIZATION}) ELSE 0 END) AS rank
      FROM unnest(CASE WHEN ${language} = 'es' THEN f.alternatives_es ELSE f.alternatives_en END) a) r
    CROSS JOIN LATERAL unnest(f.concepts) k(concept)
    WHERE r.rank > 0 GROUP BY k.concept) c) w`;

/**
 * CTE `scores` ("documentId", score, concepts) for the rows of the CTE named `matches`: the
 * document's own text, or half its best attachment chunk, whichever ranks higher; and the most
 * concepts either matches.
 */
export function scoreCtes(matches: string): Prisma.Sql {
  const source = Prisma.raw(matches);
  return Prisma.sql`
    chunk_scores AS (
      SELECT c."documentId", max(w.score) * ${ATTACHMENT_WEIGHT} AS score, max(w.concepts) AS concepts
      FROM "SearchChunk" c CROSS JOIN q CROSS JOIN ${weighted(Prisma.sql`c.tsv`, Prisma.sql`c.language`)}
      WHERE ${matchesIn(Prisma.sql`c.tsv`, Prisma.sql`c.language`, Q)} AND c."documentId" IN (SELECT "documentId" FROM ${source}) GROUP BY 1),
    scores AS (
      SELECT "documentId", max(score)::float8 AS score, max(concepts)::int AS concepts FROM (
        SELECT m."documentId", w.score, w.concepts FROM ${source} m CROSS JOIN ${weighted(Prisma.sql`m.tsv`, Prisma.sql`m.language`)}
        UNION ALL SELECT * FROM chunk_scores) s
      GROUP BY 1)`;
}
