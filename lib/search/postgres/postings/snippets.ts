// Snippets for a page of hits found in the memory index, without ts_headline: reading each
// hit's whole text through the analysis cost 30 ms a page (20 hits of 500 words, embedded
// database), more than the rest of the search. The page's texts are read by primary key, each
// distinct word is analysed once by PostgreSQL (its stems in both languages, kept in a bounded
// cache, so the analysis is the index's own), and the two 28-word stretches with the most
// query words are marked as ts_headline would (MaxFragments=2, MaxWords=28), then finished by
// the same code as the SQL engine's snippets (../snippets.ts toSnippet).
import { Prisma } from "@/lib/generated/prisma/client";
import { foldWord } from "../../query-parser";
import { LruCache } from "../../lru-cache";
import { DELIMITER, EDGE, MARKS, toSnippet, type Snippets } from "../snippets";
import type { Bitmap } from "./bitmaps";
import type { NodePair } from "./score";
import type { PostingsStore } from "./store";
import { parseTsvector } from "./tsvector-text";
import { queryWords, type QueryNode } from "./tsquery-text";

type Db = Prisma.TransactionClient;

const MAX_WORDS = 28;
const FRAGMENTS = 2;
/** Words a fragment starts before its first match, so the match has some context. */
const LEAD = 4;
/** Distinct words whose analysis is kept: a few megabytes. */
const stems = new LruCache<{ en: string[]; es: string[] }>(200_000, 24 * 3_600_000);

/** Each word's lexemes in both languages, from the cache or one statement for those missing. */
async function analysedWords(db: Db, words: string[]): Promise<Map<string, { en: string[]; es: string[] }>> {
  const out = new Map<string, { en: string[]; es: string[] }>();
  const missing = words.filter((w) => {
    const cached = stems.get(w);
    if (cached) out.set(w, cached);
    return !cached;
  });
  if (missing.length > 0) {
    const rows = await db.$queryRaw<{ w: string; en: string; es: string }[]>`
      SELECT w, to_tsvector('puente_en', w)::text AS en, to_tsvector('puente_es', w)::text AS es FROM unnest(${missing}::text[]) w`;
    for (const row of rows) {
      const value = { en: parseTsvector(row.en).map((e) => e.lexeme), es: parseTsvector(row.es).map((e) => e.lexeme) };
      stems.set(row.w, value);
      out.set(row.w, value);
    }
  }
  return out;
}

interface Token {
  start: number;
  end: number;
  word: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordChars = new Map<number, boolean>();
/** Whether a UTF-16 unit is part of a word (ASCII decided inline; others once each, then remembered). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = wordChars.get(code);
  if (known === undefined) wordChars.set(code, (known = WORD_CHAR.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff)));
  return known;
}

/** The runs of letters and digits, a hand loop: matchAll with a Unicode class cost a third of a page's snippets. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ start, end: i, word: text.slice(start, i).toLowerCase() });
      start = -1;
    }
  }
  return out;
}

/** The text's excerpts with matches marked and joined as ts_headline joins them, or null without a match. */
function headline(text: string, words: Token[], marked: boolean[]): string | null {
  const hits = marked.flatMap((m, i) => (m ? [i] : []));
  if (hits.length === 0) return null;
  const chosen: number[] = [];
  // marks before word i: prefix[i]; a fragment's matches are a difference of two of them.
  const prefix = new Int32Array(words.length + 1);
  marked.forEach((m, i) => (prefix[i + 1] = prefix[i]! + (m ? 1 : 0)));
  const score = (from: number) => prefix[Math.min(words.length, from + MAX_WORDS)]! - prefix[from]!;
  const overlaps = (from: number) => chosen.some((c) => from < c + MAX_WORDS && c < from + MAX_WORDS);
  for (let f = 0; f < FRAGMENTS; f++) {
    const starts = hits.map((h) => Math.max(0, h - LEAD)).filter((s) => !overlaps(s));
    if (starts.length === 0) break;
    chosen.push(starts.reduce((best, s) => (score(s) > score(best) ? s : best)));
  }
  return chosen
    .sort((a, b) => a - b)
    .map((from) => {
      const last = Math.min(words.length, from + MAX_WORDS) - 1;
      let out = "";
      let at = words[from]!.start;
      for (let i = from; i <= last; i++) {
        out += text.slice(at, words[i]!.start) + (marked[i] ? `${MARKS.start}${text.slice(words[i]!.start, words[i]!.end)}${MARKS.stop}` : text.slice(words[i]!.start, words[i]!.end));
        at = words[i]!.end;
      }
      return out;
    })
    .join(DELIMITER);
}

/** A word's first letter, folded (the word is lower case already; most are ASCII). */
const initial = (word: string) => (word.charCodeAt(0) < 128 ? word[0]! : foldWord(word.slice(0, 2))[0]!);

/** The words and prefixes the query looks for in each language, and the letters they start with. */
function wanted(highlight: NodePair | null) {
  const of = (node: QueryNode | null) => {
    const { lexemes, prefixes } = queryWords(node);
    return { lexemes: new Set(lexemes), prefixes, initials: new Set([...lexemes, ...prefixes].map((w) => w[0])) };
  };
  return { en: of(highlight?.en ?? null), es: of(highlight?.es ?? null) };
}

/**
 * A snippet for each text, in its document's language, marking the words the query looks for.
 * Only words that start with the letter one of the query's words starts with are analysed:
 * the stemmers change endings, never a word's first letter.
 */
async function snippetsOf(db: Db, texts: { text: string; language: "en" | "es" }[], highlight: NodePair | null): Promise<string[]> {
  const split = texts.map((t) => tokens(t.text));
  const query = wanted(highlight);
  const candidates = new Set<string>();
  texts.forEach(({ language }, i) => {
    for (const t of split[i]!) if (query[language].initials.has(initial(t.word))) candidates.add(t.word);
  });
  const analysed = await analysedWords(db, [...candidates]);
  // Whether each distinct word is one the query looks for, decided once per language.
  const decided = { en: new Map<string, boolean>(), es: new Map<string, boolean>() };
  const isMatch = (word: string, language: "en" | "es"): boolean => {
    if (!candidates.has(word)) return false;
    let known = decided[language].get(word);
    if (known === undefined) {
      const { lexemes, prefixes } = query[language];
      const matches = (lexeme: string) => lexemes.has(lexeme) || prefixes.some((p) => lexeme.startsWith(p));
      known = matches(foldWord(word)) || (analysed.get(word)?.[language] ?? []).some(matches);
      decided[language].set(word, known);
    }
    return known;
  };
  return texts.map(({ text, language }, i) => {
    const words = split[i]!;
    const marked = words.map((t) => isMatch(t.word, language));
    const head = text.slice(0, EDGE);
    return toSnippet({ headline: headline(text, words, marked), head, tail: text.slice(-EDGE), more: text.length > EDGE });
  });
}

/**
 * The page's snippets: each document's text, and for a document found through its attachments
 * the matching chunk with the most occurrences of the query's words (the earliest page first).
 */
export async function memorySnippets(db: Db, store: PostingsStore, ids: string[], highlight: NodePair | null, chunkMatches: Bitmap | null): Promise<Snippets> {
  const out: Snippets = { document: new Map(), attachment: new Map() };
  if (ids.length === 0) return out;
  const docs = await db.$queryRaw<{ documentId: string; content: string; language: "en" | "es" }[]>`
    SELECT "documentId", content, language::text AS language FROM "SearchEntry" WHERE "documentId" = ANY(${ids}::text[])`;
  const documentSnippets = await snippetsOf(db, docs.map((d) => ({ text: d.content, language: d.language })), highlight);
  docs.forEach((d, i) => out.document.set(d.documentId, documentSnippets[i]!));
  const chosen = chunkMatches ? ids.flatMap((id) => store.bestChunk(id, chunkMatches, highlight) ?? []) : [];
  if (chosen.length === 0) return out;
  const chunks = await db.$queryRaw<{ documentId: string; attachmentId: string; fileName: string; page: number; text: string; language: "en" | "es" }[]>`
    SELECT "documentId", "attachmentId", "fileName", page, text, language::text AS language FROM "SearchChunk" WHERE id = ANY(${chosen}::text[])`;
  const chunkSnippets = await snippetsOf(db, chunks, highlight);
  chunks.forEach((c, i) => out.attachment.set(c.documentId, { id: c.attachmentId, fileName: c.fileName, page: c.page, snippet: chunkSnippets[i]! }));
  return out;
}
