// What a search box query means, for both engines: "quoted phrases" must appear, -words must
// not, and the other words are wanted (more of them rank higher); the last word is a prefix
// while the person is still typing it.
import { stripForbiddenCharacters } from "@/lib/validation/text";
import { isFunctionWord } from "./function-words";

export interface ParsedQuery {
  terms: string[];
  phrases: string[];
  exclusions: string[];
  /** The last plain word when the query does not end with a space: matched as a prefix too. */
  prefix: string | null;
}

const MAX_PARTS = 32;
/** Longer than any query the app lets through (200): a bound for other callers (search:eval). */
const MAX_CHARS = 500;
const clean = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/**
 * The text of a query as the engines see it, whoever calls them: NUL (PostgreSQL refuses it
 * with error 22021, a 500), other control characters, lone surrogates and bidi overrides are
 * removed here too, not only at the validation boundary (lib/validation/text.ts), so no
 * caller can pass them to the database. Cut after normalizing, then cleaned, so a cut through
 * a surrogate pair leaves no half. Spaces are kept: a trailing one ends the word being typed.
 */
export function queryText(raw: string): string {
  return stripForbiddenCharacters(raw.normalize("NFC").slice(0, MAX_CHARS));
}

export function parseQuery(raw: string): ParsedQuery {
  const query: ParsedQuery = { terms: [], phrases: [], exclusions: [], prefix: null };
  const text = queryText(raw);
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  let lastWasTerm = false;
  for (const match of text.matchAll(pattern)) {
    if (query.terms.length + query.phrases.length + query.exclusions.length >= MAX_PARTS) break;
    const [, minus, phrase, word] = match;
    lastWasTerm = false;
    if (phrase !== undefined) {
      const words = phrase.split(/\s+/).map(clean).filter(Boolean).join(" ");
      if (words) (minus ? query.exclusions : query.phrases).push(words);
      continue;
    }
    const excluded = word!.startsWith("-") && word!.length > 1;
    const cleaned = clean(excluded ? word!.slice(1) : word!);
    if (!cleaned) continue;
    if (excluded) query.exclusions.push(cleaned);
    else {
      query.terms.push(cleaned);
      lastWasTerm = true;
    }
  }
  if (lastWasTerm && !/\s$/.test(text)) query.prefix = query.terms.at(-1) ?? null;
  return query;
}

/**
 * True when the query has nothing to search for: blank, only punctuation and operators
 * ("-", "*", "(((", '"', "+", "|", "!"), or only function words ("de la", "the"), which never
 * make a document match. Such a query is the browse state, exactly as no query.
 */
export function isBlankQuery(raw: string): boolean {
  const { terms, phrases, exclusions } = parseQuery(raw);
  return terms.filter((t) => !isFunctionWord(t)).length + phrases.length + exclusions.length === 0;
}

/** What an engine searches for: the cleaned text (queryText), or "" for a blank query. */
export const searchableQuery = (raw: string): string => (isBlankQuery(raw) ? "" : queryText(raw));

export { foldWord } from "./fold-word";
