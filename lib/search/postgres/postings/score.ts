// BM25F over the memory index, the same formula as the SQL of ../bm25f.ts (its constants
// too): per document and per matching attachment chunk, each ranked alternative's occurrences
// per field, normalized by the field's length against the viewer's average, weighted and
// summed; saturated once and weighted by the concept's IDF; a concept scores by its best
// alternative and unit, a chunk at half weight. Unlike the SQL, which rescores only a window
// of the first pass's best 100, every match is scored: term at a time, over the query words'
// postings, it costs a few milliseconds even for a word most documents hold.
import { ATTACHMENT_WEIGHT, K1 } from "../bm25f";
import { fieldNorms } from "./field-norms";
import type { FieldAverages } from "../statistics";
import type { Bitmap } from "./bitmaps";
import { matchUnits } from "./query-eval";
import type { PostingsStore } from "./store";
import type { QueryNode } from "./tsquery-text";
import type { LanguageCode, UnitIndex } from "./unit-index";

/** A query in each document language's analysis. */
export interface NodePair {
  en: QueryNode | null;
  es: QueryNode | null;
}
export const LANGUAGE_NODES: [LanguageCode, keyof NodePair][] = [
  [0, "en"],
  [1, "es"],
];

/** A ranked clause: its weight, the concepts it stands for, and the alternatives that rank. */
export interface RankedClause {
  idf: number;
  concepts: number[];
  phrase: boolean;
  alternatives: NodePair[];
}

function countTerms(node: QueryNode | null): number {
  if (!node) return 0;
  if (node.op === "term") return 1;
  if (node.op === "not") return countTerms(node.arg);
  return countTerms(node.left) + countTerms(node.right);
}

interface UnitSide {
  index: UnitIndex;
  /** The units to score. */
  scored: Bitmap;
  /** A unit's document (documents are their own). */
  documentOf: (unit: number) => number;
  /** Per unit and field: the field's weight over its length normalization (./field-norms.ts). */
  norms: Float64Array;
  unitWeight: number;
}

/**
 * A zeroed array of at least `size`, shared by every scoring (scoring never awaits, so two
 * never overlap): each use sets only the units it touches and zeroes them again. A new array per
 * alternative, language and kind of unit was most of the scoring's cost at 100,000 documents.
 */
let shared = new Float64Array(0);
function scratch(size: number): Float64Array {
  if (shared.length < size) shared = new Float64Array(Math.max(size, shared.length * 2));
  return shared;
}

/** Adds, for one alternative in one language, idf · tfw / (K1 + tfw) into `best` where it beats it. */
function scoreAlternative(side: UnitSide, node: QueryNode, language: LanguageCode, phrase: boolean, idf: number, best: Float64Array): void {
  const { index, scored, norms } = side;
  const perOccurrence = Math.max(2, countTerms(node));
  const allowed = phrase ? matchUnits(index, node, language) : null;
  // Per unit: its summed weighted frequency; `touched` lists the units that have one.
  const tfw = scratch(index.count);
  const touched: number[] = [];
  for (const list of index.listsOf(node)) {
    const weights = list.weights;
    for (let i = 0; i < list.size; i++) {
      const unit = list.units[i]!;
      if (!scored[unit] || index.language[unit] !== language || (allowed && !allowed[unit])) continue;
      const w = i * 4;
      // A chunk is one field: its occurrences under every weight letter count alike.
      const sum =
        index.stride === 1
          ? ((weights[w]! + weights[w + 1]! + weights[w + 2]! + weights[w + 3]!) / perOccurrence) * norms[unit]!
          : (weights[w]! / perOccurrence) * norms[unit * 4]! + (weights[w + 1]! / perOccurrence) * norms[unit * 4 + 1]! +
            (weights[w + 2]! / perOccurrence) * norms[unit * 4 + 2]! + (weights[w + 3]! / perOccurrence) * norms[unit * 4 + 3]!;
      if (tfw[unit] === 0) touched.push(unit);
      tfw[unit]! += sum;
    }
  }
  for (const unit of touched) {
    const t = tfw[unit]!;
    tfw[unit] = 0;
    const value = ((idf * t) / (K1 + t)) * side.unitWeight;
    const document = side.documentOf(unit);
    if (value > best[document]!) best[document] = value;
  }
}

/**
 * Each matching document's BM25F score. `matches`: the documents to score; `chunkMatches`:
 * the chunks that match the whole query (their documents' other chunks do not count).
 */
export function bm25fScores(store: PostingsStore, clauses: RankedClause[], averages: FieldAverages, matches: Bitmap, chunkMatches: Bitmap): Float64Array {
  const norms = fieldNorms(store, averages);
  const documents: UnitSide = { index: store.documents, scored: matches, documentOf: (u) => u, unitWeight: 1, norms: norms.documents };
  const chunkScored = new Uint8Array(chunkMatches.length);
  for (let c = 0; c < chunkMatches.length; c++) chunkScored[c] = chunkMatches[c]! & matches[store.chunkDocument[c]!]!;
  const chunks: UnitSide = {
    index: store.chunks, scored: chunkScored, documentOf: (c) => store.chunkDocument[c]!, unitWeight: ATTACHMENT_WEIGHT, norms: norms.chunks,
  };
  const score = new Float64Array(store.documents.count);
  const concepts = new Set(clauses.flatMap((c) => c.concepts));
  // One array for every concept's best scores (a long query has dozens), zeroed between them.
  const best = new Float64Array(store.documents.count);
  for (const concept of concepts) {
    best.fill(0);
    for (const clause of clauses.filter((c) => c.concepts.includes(concept))) {
      for (const alternative of clause.alternatives) {
        for (const [language, key] of LANGUAGE_NODES) {
          const node = alternative[key];
          if (!node) continue;
          for (const side of [documents, chunks]) scoreAlternative(side, node, language, clause.phrase, clause.idf, best);
        }
      }
    }
    for (let d = 0; d < score.length; d++) score[d] = score[d]! + best[d]!;
  }
  return score;
}
