// Snippets for a page of hits found in the memory index, without ts_headline: reading each
// hit's whole text through the analysis cost 30 ms a page (20 hits of 500 words, embedded
// database), more than the rest of the search. The page's texts are read by primary key, each
// distinct word is analysed once by PostgreSQL (its stems in both languages, kept in a bounded
// cache, so the analysis is the index's own), and the two 28-word stretches with the most
// query words are marked as ts_headline would (./snippet-words.ts), then finished by the same
// code as the SQL engine's snippets (../../snippet-text.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import { foldWord } from "../../query-parser";
import { LruCache } from "../../lru-cache";
import { leadSnippet, snippetHtml } from "../../snippet-text";
import { EDGE, type Snippets } from "../snippets";
import type { Bitmap } from "./bitmaps";
import type { NodePair } from "./score";
import type { PostingsStore } from "./store";
import { bestExcerpts, scanText, wordStarts } from "./snippet-words";
import { parseTsvector } from "./tsvector-text";
import { queryWords, type QueryNode } from "./tsquery-text";

type Db = Prisma.TransactionClient;

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

/** The words and prefixes the query looks for in each language, and how the words that may be them start. */
function wanted(highlight: NodePair | null) {
  const of = (node: QueryNode | null) => {
    const { lexemes, prefixes } = queryWords(node);
    return { lexemes: new Set(lexemes), prefixes, starts: wordStarts([...lexemes, ...prefixes]) };
  };
  return { en: of(highlight?.en ?? null), es: of(highlight?.es ?? null) };
}

/**
 * A snippet for each text, in its document's language, marking the words the query looks for.
 * Only words that start as one of the query's words does are analysed (./snippet-words.ts
 * WordStarts): the analysis changes endings and accents, not a word's first two letters.
 */
async function snippetsOf(db: Db, texts: { text: string; language: "en" | "es" }[], highlight: NodePair | null): Promise<string[]> {
  const query = wanted(highlight);
  const scanned = texts.map(({ text, language }) => scanText(text, query[language].starts));
  const candidates = new Set<string>();
  for (const s of scanned) for (let i = 0; i < s.count; i++) if (s.words[i] !== undefined) candidates.add(s.words[i]!);
  const analysed = await analysedWords(db, [...candidates]);
  // Whether each distinct word is one the query looks for, decided once per language.
  const decided = { en: new Map<string, boolean>(), es: new Map<string, boolean>() };
  const isMatch = (word: string, language: "en" | "es"): boolean => {
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
    const s = scanned[i]!;
    const marked = new Uint8Array(s.count);
    for (let w = 0; w < s.count; w++) if (s.words[w] !== undefined && isMatch(s.words[w]!, language)) marked[w] = 1;
    const excerpts = bestExcerpts(s, marked);
    if (!excerpts.some((e) => e.segments.some((segment) => segment.marked))) return leadSnippet(text.slice(0, EDGE), text.length > EDGE);
    return snippetHtml(excerpts);
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
