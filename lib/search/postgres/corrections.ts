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

async function nearestWord(db: Db, word: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ term: string }[]>`
    SELECT term FROM "SearchTerm"
    WHERE term % ${word} AND similarity(term, ${word}) >= ${MIN_SIMILARITY} AND abs(length(term) - length(${word})) <= 2
    ORDER BY similarity(term, ${word}) DESC, documents DESC, term LIMIT 1`;
  return rows[0]?.term ?? null;
}

async function readableWith(db: Db, word: string, access: Filter): Promise<boolean> {
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "SearchEntry" e WHERE e.tsv @@ (plainto_tsquery('puente_en', ${word}) || plainto_tsquery('puente_es', ${word})) AND ${filterSql(access)}) AS found`;
  return rows[0]?.found ?? false;
}

export async function findCorrections(db: Db, query: ParsedQuery, access: Filter): Promise<Correction[]> {
  const candidates = [...new Set(query.terms.map(foldWord))].filter((w) => w.length >= MIN_LENGTH && /^\p{L}+$/u.test(w));
  if (candidates.length === 0) return [];
  const known = await db.$queryRaw<{ term: string }[]>`SELECT term FROM "SearchTerm" WHERE term = ANY(${candidates}::text[])`;
  const unknown = candidates.filter((w) => !known.some((k) => k.term === w));
  const corrections: Correction[] = [];
  for (const word of unknown) {
    const replacement = await nearestWord(db, word);
    if (replacement && (await readableWith(db, replacement, access))) corrections.push({ word, replacement });
  }
  return corrections;
}

/** The query as typed with each corrected word replaced (for "did you mean"). */
export function correctedQuery(raw: string, corrections: Correction[]): string | null {
  if (corrections.length === 0) return null;
  return raw.replace(/[\p{L}\p{N}]+/gu, (word) => corrections.find((c) => c.word === foldWord(word))?.replacement ?? word);
}
