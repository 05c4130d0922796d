// A parsed query as a PostgreSQL tsquery over both languages' analysis. Words are OR-ed (a
// document matching more of them ranks higher, and a long query still finds something),
// phrases and exclusions are required, synonyms of a phrase in the query are alternatives,
// and the last word also matches as a prefix. Every word is a bound parameter passed through
// plainto/phraseto_tsquery, so query syntax typed by a user is never interpreted.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedQuery } from "../query-parser";
import { isFunctionWord } from "../function-words";
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
  return [...new Set(synonymsOf(words).flatMap((s) => s.phrases))];
}

/**
 * For each synonym group one of whose phrases the words contain: the group's other phrases,
 * and the positions of the words that phrase spans (what the synonyms stand for).
 */
function synonymsOf(words: string[]): { phrases: string[]; spans: number[] }[] {
  const folded = words.map(foldWord);
  const text = ` ${folded.join(" ")} `;
  const found: { phrases: string[]; spans: number[] }[] = [];
  for (const group of synonymGroups) {
    const present = group.map((p) => foldWord(p).split(" ")).filter((p) => text.includes(` ${p.join(" ")} `));
    if (present.length === 0) continue;
    const spans = new Set(present.flatMap((p) => spanOf(folded, p)));
    const phrases = group.filter((p) => !text.includes(` ${foldWord(p)} `));
    if (phrases.length > 0) found.push({ phrases, spans: [...spans] });
  }
  return found;
}

/** The positions of the first run of `words` equal to `phrase`. */
function spanOf(words: string[], phrase: string[]): number[] {
  const start = words.findIndex((_, i) => phrase.every((w, j) => words[i + j] === w));
  return start < 0 ? [] : phrase.map((_, j) => start + j);
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
  /**
   * The query's concepts this part stands for: a word its own, a synonym the words of the
   * phrase it replaces, a required phrase its own. A document is scored once per concept (by
   * its best part) and has all of the query's words when it matches every concept.
   */
  concepts: number[];
  /** A phrase (a synonym or a quoted one) rather than a word with its alternatives. */
  phrase: boolean;
}

const clause = (text: string, fn: "plainto_tsquery" | "phraseto_tsquery", concepts: number[]): Clause => ({
  query: either(fn, text), alternatives: [either(fn, text)], text, concepts, phrase: fn === "phraseto_tsquery",
});

function withAlternatives(clause: Clause, alternatives: Prisma.Sql[]): Clause {
  if (alternatives.length === 0) return clause;
  return { ...clause, query: orAll([clause.query, ...alternatives]), alternatives: [...clause.alternatives, ...alternatives] };
}

/**
 * The parts a document is scored on (each content word, each synonym of a phrase in the
 * query, each correction, the prefix, each required phrase); `corrections` are index words
 * standing in for misspelled ones (alternatives, not replacements). Function words of either
 * language are left out: "de" is not an English stop word, so it would match nearly every
 * document analysed in English. Phrases keep them ("lavado de activos").
 */
export function queryClauses(query: ParsedQuery, corrections: Correction[] = []): { wanted: Clause[]; required: Clause[][] } {
  const content = query.terms.map((t, i) => ({ t, i })).filter(({ t }) => !isFunctionWord(t));
  const concept = new Map(content.map(({ i }, n) => [i, n]));
  const wanted = [
    ...content.map(({ t }, n) => withCorrections(clause(t, "plainto_tsquery", [n]), corrections.filter((c) => c.word === foldWord(t)))),
    ...synonymsOf(query.terms).flatMap(({ phrases, spans }) => {
      const concepts = spans.flatMap((i) => (concept.has(i) ? [concept.get(i)!] : []));
      return phrases.map((p) => clause(p, "phraseto_tsquery", concepts));
    }),
  ];
  const prefix = query.prefix && !isFunctionWord(query.prefix) ? prefixQuery(query.prefix) : null;
  // The word being typed is one clause, whole or continued, so it is not counted twice.
  const last = wanted.findLastIndex((c) => c.text === query.prefix);
  if (prefix && last >= 0) wanted[last] = withAlternatives(wanted[last]!, [prefix]);
  // A required phrase is satisfied by any of its synonyms too.
  const required = query.phrases.map((p, j) => [p, ...synonymAlternatives([p])].map((alt) => clause(alt, "phraseto_tsquery", [content.length + j])));
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
