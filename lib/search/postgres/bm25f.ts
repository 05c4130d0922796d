// BM25F (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009):
// a word's occurrences in each field are normalized by that field's length against the field's
// average, weighted by the field and summed into one pseudo-frequency, which is saturated once
// (k1) and weighted by the word's IDF among the documents the viewer may read. Unlike ts_rank,
// a long body does not bury a short title, and a word repeated in a long text counts for less
// than in a short one. Word frequencies per field are read from the text vector's positions
// and weights, so they are exactly what the analysis indexed.
import { Prisma } from "@/lib/generated/prisma/client";
import type { FieldAverages } from "./statistics";

// The usual parameters. Measured with search:eval on the short queries of cranfield, xquad_es,
// med and npl, no variant was better on all four: k1 2.0 (cranfield +.005, xquad_es -.003, med
// -.002, npl -.005), b 0.5 (+.001/+.002/-.000/+.001, long queries unmeasured), a title weight of
// 2 (-.001/+.000/+.001/+.000).

/** Saturation: how quickly more occurrences stop adding. Robertson's usual 1.2. */
export const K1 = 1.2;
/** How fully a field's length normalizes its counts: the usual 0.75 everywhere. */
export const B = 0.75;
/** A match inside an attachment counts at half the weight of one in the document itself. */
export const ATTACHMENT_WEIGHT = 0.5;

/**
 * The fields, in the order of "SearchEntry"."fieldLengths" (the text vector's weights A to D),
 * and E, an attachment chunk (its own unit of text). Field weights keep the ratios of the
 * ts_rank weights they replaced (1 : 0.67 : 0.5 : 0.33): title, labels, summary and
 * type-specific fields, body; attachment text weighs as body text.
 */
export const FIELDS = [
  { field: "A", weight: 3 },
  { field: "B", weight: 2 },
  { field: "C", weight: 1.5 },
  { field: "D", weight: 1 },
  { field: "E", weight: 1 },
] as const;

/** VALUES rows (field, position in a unit's lengths, weight, average length); an average of 0 normalizes nothing. */
const fieldRows = (averages: FieldAverages) =>
  Prisma.join(FIELDS.map(({ field, weight }, i) => Prisma.sql`(${field}::text, ${i + 1}::int, ${weight}::float8, ${averages[i]! || 1}::float8)`));

/**
 * CTE `alts`: every ranked alternative of every clause of the CTE `idf`, per document language,
 * with the lexemes (and prefixes) its tsquery looks for, read from the tsquery itself so that
 * they are exactly what matched. `per_occurrence`: how many positions one occurrence of the
 * words takes in the text vector (a word is indexed as its stem and as itself: two).
 */
const altsCte = Prisma.raw(String.raw`alts AS (
  SELECT f.i, a.j, f.idf, f.concepts, f.phrase, l.language, a.q, x.lexemes, x.prefixes, greatest(2, x.entries)::float8 AS per_occurrence
  FROM idf f
  CROSS JOIN LATERAL (VALUES ('en', f.alternatives_en), ('es', f.alternatives_es)) l(language, qs)
  CROSS JOIN LATERAL unnest(l.qs) WITH ORDINALITY a(q, j)
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(DISTINCT replace(m[1], '''''', '''')) FILTER (WHERE m[2] IS NULL), '{}') AS lexemes,
      coalesce(array_agg(DISTINCT replace(replace(replace(replace(m[1], '''''', ''''), '\', '\\'), '%', '\%'), '_', '\_') || '%') FILTER (WHERE m[2] IS NOT NULL), '{}') AS prefixes,
      count(*) AS entries
    FROM regexp_matches(a.q::text, '''((?:[^'']|'''')+)''(:\*)?', 'g') m) x),
  wanted AS (
    SELECT (SELECT coalesce(array_agg(DISTINCT l), '{}') FROM alts, unnest(alts.lexemes) l) AS lexemes,
      (SELECT coalesce(array_agg(DISTINCT p), '{}') FROM alts, unnest(alts.prefixes) p) AS prefixes)`);

/**
 * The text vector's entries for the query's lexemes. Without prefixes, the vector is first cut
 * down to them inside PostgreSQL's own functions (everything else deleted), so only those few
 * entries become rows: unnesting every entry cost eight times as much at 10,000 documents.
 */
const queryEntries = (tsv: Prisma.Sql) =>
  Prisma.sql`unnest(CASE WHEN cardinality(k.prefixes) = 0 THEN ts_delete(${tsv}, tsvector_to_array(ts_delete(${tsv}, k.lexemes))) ELSE ${tsv} END)`;

/**
 * CTE `bm25f` ("documentId", score) for the documents of the CTE named `window` (rows of
 * `source` with their text vector and field lengths): the sum over the query's concepts of the
 * best clause's BM25F score. An attachment chunk that matches (CTE `chunk_matches`) is scored as
 * a unit of its own at half weight. A phrase scores only where it matches as a phrase ("cyber
 * ... security" is not "cyber security"). `phrases`: whether any clause is a phrase.
 */
export function bm25fCtes(source: Prisma.Sql, window: Prisma.Sql, averages: FieldAverages, phrases: boolean): Prisma.Sql {
  // Which phrase alternatives each unit matches as phrases (none to test without phrases).
  const matchedPhrases = phrases
    ? Prisma.sql`(SELECT coalesce(array_agg(a.i * 1000 + a.j), '{}') FROM alts a WHERE a.phrase AND a.language = u.language AND u.tsv @@ a.q)`
    : Prisma.sql`'{}'::bigint[]`;
  return Prisma.sql`${altsCte},
    units AS MATERIALIZED (
      SELECT u.*, ${matchedPhrases} AS phrases
      FROM (
        SELECT m."documentId", ''::text AS unit, m.language::text AS language, m.tsv, m."fieldLengths" || 0 AS lengths
        FROM ${source} m WHERE m."documentId" IN (SELECT "documentId" FROM ${window})
        UNION ALL
        SELECT c."documentId", c.id, c.language::text, c.tsv, ARRAY[0, 0, 0, 0, c."length"] FROM chunk_matches c
        WHERE c."documentId" IN (SELECT "documentId" FROM ${window})) u),
    fields (field, i, weight, average) AS (VALUES ${fieldRows(averages)}),
    postings AS (
      SELECT t."documentId", t.unit, t.language, e.lexeme, CASE WHEN t.unit = '' THEN w.weight::text ELSE 'E' END AS field, t.lengths, t.phrases, count(*)::float8 AS n
      FROM units t CROSS JOIN wanted k CROSS JOIN LATERAL ${queryEntries(Prisma.sql`t.tsv`)} e CROSS JOIN LATERAL unnest(e.weights) w(weight)
      WHERE e.lexeme = ANY(k.lexemes) OR e.lexeme LIKE ANY(k.prefixes)
      GROUP BY 1, 2, 3, 4, 5, 6, 7),
    alt_tf AS (
      SELECT p."documentId", p.unit, a.i, a.j, a.idf, a.concepts,
        sum(f.weight * (p.n / a.per_occurrence) / (1 - ${B}::float8 + ${B}::float8 * coalesce(p.lengths[f.i], 0) / f.average)) AS tfw
      FROM postings p
      JOIN alts a ON a.language = p.language AND (p.lexeme = ANY(a.lexemes) OR p.lexeme LIKE ANY(a.prefixes))
      JOIN fields f ON f.field = p.field
      WHERE NOT a.phrase OR a.i * 1000 + a.j = ANY(p.phrases)
      GROUP BY p."documentId", p.unit, a.i, a.j, a.idf, a.concepts),
    concept_scores AS (
      SELECT t."documentId", k.concept, max(t.idf * t.tfw / (${K1}::float8 + t.tfw) * CASE WHEN t.unit = '' THEN 1 ELSE ${ATTACHMENT_WEIGHT}::float8 END) AS best
      FROM alt_tf t CROSS JOIN LATERAL unnest(t.concepts) k(concept)
      GROUP BY 1, 2),
    bm25f AS (SELECT "documentId", sum(best)::float8 AS score FROM concept_scores GROUP BY 1)`;
}
