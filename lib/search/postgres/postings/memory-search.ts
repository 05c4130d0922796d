// The built-in engine's search over the memory index: the same query clauses, statistics,
// matches, BM25F and facets as the SQL (../search-query.ts), computed from postings and
// bitmaps. PostgreSQL still analyses the query (one statement turns every clause into its
// tsquery text, read by ./tsquery-text.ts), so words are stemmed and folded exactly as the
// indexed text was.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter } from "../../filter";
import type { SearchRequest } from "../../types";
import { requestScope } from "../../user-filters";
import { conceptIdf, rankedAlternatives, rankedClauses } from "../ranking";
import type { RankedPage } from "../search-query";
import { LruCache } from "../../lru-cache";
import { analyse, type Analysed, type Clause } from "../tsquery";
import { and, filterBitmap, type Bitmap } from "./bitmaps";
import { completeMatches, countMatches, matchBoth, queryMatches } from "./coverage";
import { memoryPage } from "./page";
import { bm25fScores, LANGUAGE_NODES, type NodePair, type RankedClause } from "./score";
import type { ReadableDocuments } from "./readable";
import { clauseStatistics } from "./statistics";
import type { PostingsStore } from "./store";
import type { LanguageCode, UnitIndex } from "./unit-index";
import { orNodes, parseTsquery, type QueryNode } from "./tsquery-text";

type Db = Prisma.TransactionClient;

/**
 * Analysed queries by their SQL and bound words: the analysis of the same words never changes
 * (the configurations are fixed by the migrations), and most searches repeat words.
 */
const analysedCache = new LruCache<QueryNode | null>(50_000, 24 * 3_600_000);
const sqlKey = (sql: Prisma.Sql) => JSON.stringify([sql.sql, sql.values]);

/** Each query's tree in both languages: from the cache, or from one statement for those missing. */
export async function analysedNodes(db: Db, queries: Analysed[]): Promise<NodePair[]> {
  const parts = queries.flatMap((q) => [q.en, q.es]);
  const keys = parts.map(sqlKey);
  const found = keys.map((key) => analysedCache.get(key));
  const missing = parts.flatMap((part, i) => (found[i] === undefined ? [i] : []));
  if (missing.length > 0) {
    const [row] = await db.$queryRaw<{ texts: string[] }[]>`SELECT ARRAY[${Prisma.join(missing.map((i) => Prisma.sql`(${parts[i]!})::text`))}]::text[] AS texts`;
    missing.forEach((i, j) => {
      found[i] = parseTsquery(row!.texts[j]!);
      analysedCache.set(keys[i]!, found[i]!);
    });
  }
  return queries.map((_, i) => ({ en: found[2 * i]!, es: found[2 * i + 1]! }));
}

/**
 * The words (folded) that some `readable` document (./readable.ts) matches as typed, in its
 * own language's analysis: never corrected. The SQL of ../corrections.ts tests the same on the
 * text vectors, so leaving these words out of it changes nothing but the cost.
 */
export async function readableWords(db: Db, store: PostingsStore, readable: Bitmap, words: string[]): Promise<Set<string>> {
  const nodes = await analysedNodes(db, words.map((w) => analyse("plainto_tsquery", w)));
  const isRead = (pair: NodePair) => someUnitReads(store.documents, pair, readable) ?? countMatches(store.documents, pair, readable) > 0;
  return new Set(words.filter((_, i) => isRead(nodes[i]!)));
}

/** Whether the node is one word or a choice between words (how one word is analysed). */
const isChoiceOfWords = (node: QueryNode | null): boolean =>
  !node || node.op === "term" || (node.op === "or" && isChoiceOfWords(node.left) && isChoiceOfWords(node.right));

/**
 * Whether a live unit in `readable` holds one of the words, each language's by its own
 * analysis, stopping at the first: a bitmap of every unit holding a common word cost more
 * than the rest of the check. Null when the analysis is not a choice between words.
 */
function someUnitReads(index: UnitIndex, pair: NodePair, readable: Bitmap): boolean | null {
  if (!LANGUAGE_NODES.every(([, key]) => isChoiceOfWords(pair[key]))) return null;
  const reads = (unit: number, language: LanguageCode) => readable[unit] === 1 && index.alive[unit] === 1 && index.language[unit] === language;
  return LANGUAGE_NODES.some(([language, key]) =>
    index.listsOf(pair[key]).some((list) => {
      for (let i = 0; i < list.size; i++) if (reads(list.units[i]!, language)) return true;
      return false;
    }),
  );
}

const orPairs = (pairs: NodePair[]): NodePair => ({ en: orNodes(pairs.map((p) => p.en)), es: orNodes(pairs.map((p) => p.es)) });

export interface MemoryFound {
  page: RankedPage;
  /** What snippets mark, and the chunks that match (to show an attachment's page). */
  highlight: NodePair | null;
  chunkMatches: Bitmap | null;
}

/**
 * The page, total and facets for `tsquery` (null: browse) and its scoring `clauses`, among the
 * documents `access` lets the viewer read (narrowed by the request's `within`). Statistics are
 * counted over everything `access` lets through (`viewer`, from ./readable.ts), as the SQL does.
 * `highlight` is analysed in the same statement, for the snippets.
 */
export async function memoryRankedPage(
  db: Db, store: PostingsStore, query: { tsquery: Analysed | null; clauses: Clause[]; highlight: Analysed | null }, access: Filter, request: SearchRequest,
  viewer: ReadableDocuments,
): Promise<MemoryFound> {
  const { tsquery, clauses, highlight } = query;
  const nodes = await analysedNodes(db, tsquery ? [highlight ?? tsquery, tsquery, ...clauses.flatMap((c) => c.alternatives)] : []);
  const { readable, averages } = viewer;
  const scope = request.within === undefined ? readable : filterBitmap(store, requestScope(access, request));
  const newest = () => null;
  if (!tsquery) return { page: memoryPage(store, scope, request, newest), highlight: null, chunkMatches: null };
  const found = (page: RankedPage, chunkMatches: Bitmap | null) => ({ page, highlight: highlight ? nodes[0]! : null, chunkMatches });
  let next = 2;
  const alternatives = new Map(clauses.map((c) => [c, c.alternatives.map(() => nodes[next++]!)]));
  if (clauses.length === 0) return found(memoryPage(store, and(matchBoth(store.documents, nodes[1]!), scope), request, newest), null);

  const counted = clauseStatistics(store, readable, clauses.map((c) => ({ typed: alternatives.get(c)![0]!, any: orPairs(alternatives.get(c)!), alternatives: c.alternatives.length })));
  const ranked = rankedClauses(clauses, conceptIdf(clauses, counted));
  const scored: RankedClause[] = ranked.clauses.map((c, i) => ({
    idf: ranked.statistics[i]!.idf, concepts: c.concepts, phrase: c.phrase,
    alternatives: alternatives.get(c)!.slice(0, rankedAlternatives(c, ranked.statistics[i]!).length),
  }));
  const { documents, chunks } = queryMatches(store, nodes[1]!);
  const page = memoryPage(store, and(documents, scope), request, (matches) =>
    request.sort === "newest" ? null : { score: bm25fScores(store, scored, averages, matches, chunks), complete: completeMatches(store, scored, matches, chunks) },
  );
  return found(page, chunks);
}
