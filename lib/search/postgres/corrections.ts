// Typo tolerance from the vocabulary of the documents the viewer may read (./vocabulary.ts,
// pg_trgm): a word of 5 letters or more that no readable document holds is matched to its most
// similar word that one does. Both tests are on folded whole words ("cocaína" is "cocaina"),
// never on stems, and both carry the viewer's permission filter inside the statement: a word
// that only unreadable documents hold is answered exactly like a word that occurs nowhere,
// by the same statement with the same plan, so neither the suggestion nor its absence tells
// the viewer anything about documents they cannot read.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter } from "../filter";
import { foldWord, type ParsedQuery } from "../query-parser";
import { filterSql } from "./filter-sql";
import { analyse, matchesIn } from "./tsquery";

type Db = Prisma.TransactionClient;

const MIN_LENGTH = 5;
const MIN_SIMILARITY = 0.3;

export interface Correction {
  word: string;
  replacement: string;
}

/**
 * One word's correction, or NULL: its nearest word that readable documents hold (ties go to the
 * word more readable documents hold), unless the word is one already. A word that finds
 * readable documents as typed, through either language's analysis ("cocaína" finds
 * "cocaine"), is not a typo either. The word is a bound value, not a column of an outer
 * query, so each test can use its index (the trigram list, the primary key, the tsvector).
 */
function correctionOf(word: string, readable: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT ${word}::text AS word, (
      SELECT t.term FROM "SearchTerm" t
      CROSS JOIN LATERAL (SELECT sum(e.documents) AS documents FROM "SearchWord" e WHERE e.term = t.term AND ${readable}) r
      WHERE t.term % ${word} AND similarity(t.term, ${word}) >= ${MIN_SIMILARITY} AND abs(length(t.term) - ${word.length}::int) <= 2 AND r.documents > 0
      ORDER BY similarity(t.term, ${word}) DESC, r.documents DESC, t.term LIMIT 1) AS replacement
    WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" e WHERE e.term = ${word} AND ${readable})
      AND NOT EXISTS (SELECT 1 FROM "SearchEntry" e
        WHERE ${matchesIn(Prisma.sql`e.tsv`, Prisma.sql`e.language`, analyse("plainto_tsquery", word))} AND ${readable})`;
}

/** The words of the query that may be corrected: folded, of letters only, at least MIN_LENGTH long. */
export const correctionCandidates = (query: ParsedQuery) => [...new Set(query.terms.map(foldWord))].filter((w) => w.length >= MIN_LENGTH && /^\p{L}+$/u.test(w));

/**
 * One statement for the whole query: each word no readable document holds, with its
 * correction. `known`: words the caller has found in a readable document already (through
 * their analysis, as the statement would), left out of it.
 */
export async function findCorrections(db: Db, query: ParsedQuery, access: Filter, known: Set<string> = new Set()): Promise<Correction[]> {
  const candidates = correctionCandidates(query).filter((w) => !known.has(w));
  if (candidates.length === 0) return [];
  const readable = filterSql(access);
  const each = candidates.map((word) => correctionOf(word, readable));
  // Filtered here: a condition on the outer query would be pushed into each branch and
  // evaluate the nearest-word search a second time.
  const rows = await db.$queryRaw<{ word: string; replacement: string | null }[]>`${Prisma.join(each, " UNION ALL ")}`;
  return rows.filter((r): r is Correction => r.replacement !== null);
}

/** The query as typed with each corrected word replaced (the query that is searched, and shown as such). */
export function correctedQuery(raw: string, corrections: Correction[]): string | null {
  if (corrections.length === 0) return null;
  return raw.replace(/[\p{L}\p{N}]+/gu, (word) => corrections.find((c) => c.word === foldWord(word))?.replacement ?? word);
}
