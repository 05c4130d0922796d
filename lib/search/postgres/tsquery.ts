// A parsed query as a PostgreSQL tsquery over both languages' analysis. Words are OR-ed (a
// document matching more of them ranks higher, and a long query still finds something),
// phrases and exclusions are required, synonyms of a phrase in the query are alternatives,
// and the last word also matches as a prefix. Every word is a bound parameter passed through
// plainto/phraseto_tsquery, so query syntax typed by a user is never interpreted.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedQuery } from "../query-parser";
import { foldWord } from "../query-parser";
import { synonymGroups } from "../synonyms";
import type { Correction } from "./corrections";

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

/** One part of the query, ranked on its own and weighted by how rare it is. */
export interface Clause {
  /** Any of the alternatives: what the part matches, and how its document frequency is counted. */
  query: Prisma.Sql;
  /** The word as typed, its continuations, its corrections: a document ranks by the best one. */
  alternatives: Prisma.Sql[];
  /** The word (or phrase) as typed. */
  text: string;
}

const clause = (text: string, fn: "plainto_tsquery" | "phraseto_tsquery"): Clause => ({ query: either(fn, text), alternatives: [either(fn, text)], text });

function withAlternatives(clause: Clause, alternatives: Prisma.Sql[]): Clause {
  if (alternatives.length === 0) return clause;
  return { ...clause, query: orAll([clause.query, ...alternatives]), alternatives: [...clause.alternatives, ...alternatives] };
}

/**
 * The parts a document is scored on (each word, each synonym of a phrase in the query, each
 * correction, the prefix, each required phrase); `corrections` are index words standing in
 * for misspelled ones (alternatives, not replacements).
 */
export function queryClauses(query: ParsedQuery, corrections: Correction[] = []): { wanted: Clause[]; required: Clause[][] } {
  const wanted = [
    ...query.terms.map((t) => withCorrections(clause(t, "plainto_tsquery"), corrections.filter((c) => c.word === foldWord(t)))),
    ...synonymAlternatives(query.terms).map((p) => clause(p, "phraseto_tsquery")),
  ];
  const prefix = query.prefix ? prefixQuery(query.prefix) : null;
  // The word being typed is one clause, whole or continued, so it is not counted twice.
  const last = wanted.findLastIndex((c) => c.text === query.prefix);
  if (prefix && last >= 0) wanted[last] = withAlternatives(wanted[last]!, [prefix]);
  // A required phrase is satisfied by any of its synonyms too.
  const required = query.phrases.map((p) => [p, ...synonymAlternatives([p])].map((alt) => clause(alt, "phraseto_tsquery")));
  return { wanted, required };
}

/** A misspelled word and the index words standing in for it are one part of the query, scored once. */
const withCorrections = (word: Clause, corrections: Correction[]) =>
  withAlternatives(word, corrections.map((c) => either("plainto_tsquery", c.replacement)));

/** The tsquery, or null for a query with nothing to match (browse everything readable). */
export function buildTsquery(query: ParsedQuery, { wanted, required } = queryClauses(query)): Prisma.Sql | null {
  const excluded = query.exclusions.map((e) => Prisma.sql`!!${either("phraseto_tsquery", e)}`);
  const positive = [...(wanted.length > 0 ? [orAll(wanted.map((c) => c.query))] : []), ...required.map((alts) => orAll(alts.map((c) => c.query)))];
  // Only exclusions: every document without those words (no index can help; rare).
  if (positive.length === 0) return excluded.length > 0 ? Prisma.sql`(${Prisma.join(excluded, " && ")})` : null;
  return Prisma.sql`(${Prisma.join([...positive, ...excluded], " && ")})`;
}
