// Which documents a query matches, and how many of its concepts each one has: the same
// decisions as the SQL of ../search-query.ts and ../ranking.ts, over the memory index. A
// document matches by its own text or by an attachment chunk; its coverage is the larger of
// its own and its best matching chunk's.
import { countBoth, or, type Bitmap } from "./bitmaps";
import { matchUnits } from "./query-eval";
import { LANGUAGE_NODES, type NodePair, type RankedClause } from "./score";
import type { PostingsStore } from "./store";
import { orNodes } from "./tsquery-text";
import type { UnitIndex } from "./unit-index";

/** The live units the query matches, each in its own language's analysis. */
export function matchBoth(index: UnitIndex, pair: NodePair): Bitmap {
  return LANGUAGE_NODES.map(([language, key]) => matchUnits(index, pair[key], language)).reduce(or);
}

/**
 * How many units in `within` the query matches, without building the bitmap: a unit has one
 * language, so the languages' matches never overlap and their counts add up.
 */
export function countMatches(index: UnitIndex, pair: NodePair, within: Bitmap): number {
  return LANGUAGE_NODES.reduce((n, [language, key]) => n + countBoth(matchUnits(index, pair[key], language), within), 0);
}

/** The documents whose text or one of whose chunks matches; and the matching chunks. */
export function queryMatches(store: PostingsStore, pair: NodePair): { documents: Bitmap; chunks: Bitmap } {
  const documents = matchBoth(store.documents, pair);
  const chunks = matchBoth(store.chunks, pair);
  for (let c = 0; c < chunks.length; c++) if (chunks[c]) documents[store.chunkDocument[c]!] = 1;
  return { documents, chunks };
}

/** A concept matches by any of the ranked alternatives of any of its clauses. */
function conceptQueries(clauses: RankedClause[]): NodePair[] {
  const byConcept = new Map<number, NodePair[]>();
  for (const clause of clauses) for (const k of clause.concepts) byConcept.set(k, [...(byConcept.get(k) ?? []), ...clause.alternatives]);
  return [...byConcept.values()].map((pairs) => ({ en: orNodes(pairs.map((p) => p.en)), es: orNodes(pairs.map((p) => p.es)) }));
}

/**
 * Whether each document among `matches` has every concept of the query, by its own text or by
 * one matching chunk. With a single concept every match has it (as in the SQL, which then does
 * not test it again).
 */
export function completeMatches(store: PostingsStore, clauses: RankedClause[], matches: Bitmap, chunkMatches: Bitmap): Bitmap {
  const concepts = conceptQueries(clauses);
  if (concepts.length <= 1) return matches.slice();
  const own = new Uint8Array(store.documents.count);
  const inChunks = new Uint8Array(store.chunks.count);
  for (const pair of concepts) {
    const docs = matchBoth(store.documents, pair);
    for (let d = 0; d < own.length; d++) own[d] = own[d]! + (docs[d]! & matches[d]!);
    const chunks = matchBoth(store.chunks, pair);
    for (let c = 0; c < inChunks.length; c++) inChunks[c] = inChunks[c]! + (chunks[c]! & chunkMatches[c]!);
  }
  const best = own;
  for (let c = 0; c < inChunks.length; c++) {
    const d = store.chunkDocument[c]!;
    if (chunkMatches[c] && matches[d] && inChunks[c]! > best[d]!) best[d] = inChunks[c]!;
  }
  const complete = new Uint8Array(best.length);
  for (let d = 0; d < best.length; d++) complete[d] = matches[d] && best[d]! >= concepts.length ? 1 : 0;
  return complete;
}
