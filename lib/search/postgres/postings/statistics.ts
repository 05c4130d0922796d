// Ranking's collection statistics over the memory index, as ../statistics.ts counts them in
// SQL: among the documents the viewer may read, how many there are, how many hold each clause
// (the word as typed, or, when no readable document does, any of its alternatives), and each
// field's average length. Counted on every search from bitmaps, so nothing is cached per viewer.
import { inverseDocumentFrequency, type ClauseStatistics, type FieldAverages } from "../statistics";
import { count, type Bitmap } from "./bitmaps";
import { countMatches } from "./coverage";
import type { NodePair } from "./score";
import type { PostingsStore } from "./store";

/** A clause for counting: the word as typed, and all its alternatives together. */
export interface CountedClause {
  typed: NodePair;
  any: NodePair;
  alternatives: number;
}

export function clauseStatistics(store: PostingsStore, readable: Bitmap, clauses: CountedClause[]): ClauseStatistics[] {
  const n = count(readable);
  return clauses.map((c) => {
    const typed = countMatches(store.documents, c.typed, readable);
    const any = typed > 0 || c.alternatives === 1 ? typed : countMatches(store.documents, c.any, readable);
    return { idf: inverseDocumentFrequency(n, any), useAlternatives: typed === 0 };
  });
}

/** Average field lengths (A, B, C, D, and an attachment chunk's) over the readable documents. */
export function fieldAverages(store: PostingsStore, readable: Bitmap): FieldAverages {
  const sums = [0, 0, 0, 0];
  let documents = 0;
  const lengths = store.documents.lengths;
  for (let d = 0; d < readable.length; d++) {
    if (!readable[d] || !store.measured[d]) continue;
    documents++;
    for (let f = 0; f < 4; f++) sums[f] = sums[f]! + lengths[d * 4 + f]!;
  }
  let chunkSum = 0;
  let chunkCount = 0;
  for (let c = 0; c < store.chunks.count; c++) {
    const length = store.chunks.lengths[c]!;
    if (store.chunks.alive[c] && length > 0 && readable[store.chunkDocument[c]!]) {
      chunkSum += length;
      chunkCount++;
    }
  }
  const avg = (s: number) => (documents > 0 ? s / documents : 0);
  return [avg(sums[0]!), avg(sums[1]!), avg(sums[2]!), avg(sums[3]!), chunkCount > 0 ? chunkSum / chunkCount : 0];
}
