// Typo tolerance from the index's own vocabulary (pg_trgm): a word of 5 letters or more that
// the index does not know is matched to its most similar known word. A correction is offered
// ("did you mean") only when that word occurs in a document the viewer may read, so it never
// hints at anything else.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter } from "../filter";
import { foldWord, type ParsedQuery } from "../query-parser";
import { filterSql } from "./filter-sql";

type Db = Prisma.TransactionClient;

const MIN_LENGTH = 5;
const MIN_SIMILARITY = 0.3;

export interface Correction {
  word: string;
  replacement: string;
}

/**
 * One statement for the whole query: the unknown words, each one's nearest known word, and
 * whether that word occurs in a readable document.
 */
export async function findCorrections(db: Db, query: ParsedQuery, access: Filter): Promise<Correction[]> {
  const candidates = [...new Set(query.terms.map(foldWord))].filter((w) => w.length >= MIN_LENGTH && /^\p{L}+$/u.test(w));
  if (candidates.length === 0) return [];
  return db.$queryRaw<Correction[]>`
    SELECT w.word, near.term AS replacement
    FROM unnest(${candidates}::text[]) AS w(word)
    CROSS JOIN LATERAL (
      SELECT term FROM "SearchTerm"
      WHERE term % w.word AND similarity(term, w.word) >= ${MIN_SIMILARITY} AND abs(length(term) - length(w.word)) <= 2
      ORDER BY similarity(term, w.word) DESC, documents DESC, term LIMIT 1) AS near
    WHERE NOT EXISTS (SELECT 1 FROM "SearchTerm" k WHERE k.term = w.word)
      AND EXISTS (SELECT 1 FROM "SearchEntry" e
        WHERE e.tsv @@ (plainto_tsquery('puente_en', near.term) || plainto_tsquery('puente_es', near.term)) AND ${filterSql(access)})`;
}

/** The query as typed with each corrected word replaced (for "did you mean"). */
export function correctedQuery(raw: string, corrections: Correction[]): string | null {
  if (corrections.length === 0) return null;
  return raw.replace(/[\p{L}\p{N}]+/gu, (word) => corrections.find((c) => c.word === foldWord(word))?.replacement ?? word);
}
