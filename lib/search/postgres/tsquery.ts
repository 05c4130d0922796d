// A parsed query as a PostgreSQL tsquery over both languages' analysis. Words are OR-ed (a
// document matching more of them ranks higher, and a long query still finds something),
// phrases and exclusions are required, synonyms of a phrase in the query are alternatives,
// and the last word also matches as a prefix. Every word is a bound parameter passed through
// plainto/phraseto_tsquery, so query syntax typed by a user is never interpreted.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedQuery } from "../query-parser";
import { foldWord } from "../query-parser";
import { synonymGroups } from "../synonyms";

const either = (fn: "plainto_tsquery" | "phraseto_tsquery", text: string) =>
  Prisma.sql`(${Prisma.raw(fn)}('puente_en', ${text}) || ${Prisma.raw(fn)}('puente_es', ${text}))`;

/** Prefix match on the word as typed (accents folded), against the index's words and stems. */
function prefixQuery(word: string): Prisma.Sql | null {
  const folded = foldWord(word).replace(/[^\p{L}\p{N}]/gu, "");
  if (folded.length < 2) return null;
  return Prisma.sql`to_tsquery('simple', ${`${folded}:*`})`;
}

/** The other phrases of every synonym group one of whose phrases the words contain. */
export function synonymAlternatives(words: string[]): string[] {
  const text = ` ${foldWord(words.join(" "))} `;
  const found = new Set<string>();
  for (const group of synonymGroups) {
    if (!group.some((phrase) => text.includes(` ${foldWord(phrase)} `))) continue;
    for (const phrase of group) if (!text.includes(` ${foldWord(phrase)} `)) found.add(phrase);
  }
  return [...found];
}

function orAll(parts: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/**
 * The tsquery, or null for a query with nothing to match (browse everything readable).
 * `corrections` are index words standing in for misspelled ones (alternatives, not replacements).
 */
export function buildTsquery(query: ParsedQuery, corrections: string[] = []): Prisma.Sql | null {
  const wanted: Prisma.Sql[] = [
    ...query.terms.map((t) => either("plainto_tsquery", t)),
    ...synonymAlternatives(query.terms).map((p) => either("phraseto_tsquery", p)),
    ...corrections.map((c) => either("plainto_tsquery", c)),
  ];
  const prefix = query.prefix ? prefixQuery(query.prefix) : null;
  if (prefix) wanted.push(prefix);
  // A required phrase is satisfied by any of its synonyms too.
  const required = query.phrases.map((p) => orAll([p, ...synonymAlternatives([p])].map((alt) => either("phraseto_tsquery", alt))));
  const excluded = query.exclusions.map((e) => Prisma.sql`!!${either("phraseto_tsquery", e)}`);
  const positive = [...(wanted.length > 0 ? [orAll(wanted)] : []), ...required];
  // Only exclusions: every document without those words (no index can help; rare).
  if (positive.length === 0) return excluded.length > 0 ? Prisma.sql`(${Prisma.join(excluded, " && ")})` : null;
  return Prisma.sql`(${Prisma.join([...positive, ...excluded], " && ")})`;
}
