// A parsed query as PostgreSQL tsqueries, one per document language: a document meets the query
// as its own language analyses it. Words are OR-ed (a document matching more of them ranks
// higher, and a long query still finds something), phrases and exclusions are required,
// synonyms of a phrase in the query are alternatives, and the last word also matches as a
// prefix. Every word is a bound parameter passed through plainto/phraseto_tsquery, so query
// syntax typed by a user is never interpreted.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedQuery } from "../query-parser";
import { isFunctionWord } from "../function-words";
import { foldWord } from "../query-parser";
import { synonymGroups } from "../synonyms";
import type { Correction } from "./corrections";

export type Language = "en" | "es";
export const LANGUAGES: readonly Language[] = ["en", "es"];

/** A tsquery for the documents of each language: the query as that language analyses it. */
export type Analysed = Record<Language, Prisma.Sql>;

/**
 * The text search configurations that analyse a document of each language, and the query for
 * it: the language's stems, and the exact words (accents folded) as a second, lighter
 * conflation that is the same in both languages. Names, numbers and codes are analysed alike
 * by all of them, so they match whatever the language; a Spanish word's stem only meets Spanish
 * documents ("activos" does not find "active").
 */
export const CONFIGS: Record<Language, string[]> = { en: ["puente_en", "puente_simple"], es: ["puente_es", "puente_simple"] };

/** The same tsquery for every language. */
const everywhere = (sql: Prisma.Sql): Analysed => ({ en: sql, es: sql });

/** The text as each language analyses it, with plainto_tsquery or phraseto_tsquery. */
export function analyse(fn: "plainto_tsquery" | "phraseto_tsquery", text: string): Analysed {
  const parts = (l: Language) => CONFIGS[l].map((c) => Prisma.sql`${Prisma.raw(fn)}(${Prisma.raw(`'${c}'`)}, ${text})`);
  return { en: Prisma.sql`(${Prisma.join(parts("en"), " || ")})`, es: Prisma.sql`(${Prisma.join(parts("es"), " || ")})` };
}

/** Whether the text vector of a document in `language` matches the query analysed in that language. */
export const matchesIn = (tsv: Prisma.Sql, language: Prisma.Sql, q: Analysed) =>
  Prisma.sql`((${language} = 'en' AND ${tsv} @@ ${q.en}) OR (${language} = 'es' AND ${tsv} @@ ${q.es}))`;

/** The query analysed in `language` (a column): for ranking and highlighting a row of that language. */
export const inLanguage = (language: Prisma.Sql, q: Analysed) => Prisma.sql`(CASE WHEN ${language} = 'es' THEN ${q.es} ELSE ${q.en} END)`;

/** Prefix match on the word as typed (accents folded), against the index's words and stems. */
function prefixQuery(word: string): Analysed | null {
  const folded = foldWord(word).replace(/[^\p{L}\p{N}]/gu, "");
  if (folded.length < 2) return null;
  return everywhere(Prisma.sql`to_tsquery('simple', ${`${folded}:*`})`);
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

export function orAll(parts: Analysed[]): Analysed {
  return { en: Prisma.sql`(${Prisma.join(parts.map((p) => p.en), " || ")})`, es: Prisma.sql`(${Prisma.join(parts.map((p) => p.es), " || ")})` };
}

/** One part of the query, ranked on its own and weighted by how rare it is. */
export interface Clause {
  /** Any of the alternatives: what the part matches, and how its document frequency is counted. */
  query: Analysed;
  /** The word as typed, its continuations, its corrections: a document ranks by the best one. */
  alternatives: Analysed[];
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
  query: analyse(fn, text), alternatives: [analyse(fn, text)], text, concepts, phrase: fn === "phraseto_tsquery",
});

function withAlternatives(clause: Clause, alternatives: Analysed[]): Clause {
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
  withAlternatives(word, corrections.map((c) => analyse("plainto_tsquery", c.replacement)));

/** The tsquery, or null for a query with nothing to match (browse everything readable). */
export function buildTsquery(query: ParsedQuery, { wanted, required } = queryClauses(query)): Analysed | null {
  const excluded = query.exclusions.map((e) => analyse("phraseto_tsquery", e));
  const positive = [...(wanted.length > 0 ? [orAll(wanted.map((c) => c.query))] : []), ...required.map((alts) => orAll(alts.map((c) => c.query)))];
  if (positive.length === 0 && excluded.length === 0) return null;
  // Only exclusions: every document without those words (no index can help; rare).
  const all = (l: Language) => Prisma.sql`(${Prisma.join([...positive.map((p) => p[l]), ...excluded.map((e) => Prisma.sql`!!${e[l]}`)], " && ")})`;
  return { en: all("en"), es: all("es") };
}
