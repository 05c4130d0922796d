// A page of hits, the exact total and every facet's counts from the memory index, as the SQL
// of ../search-query.ts computes them: facets are disjunctive (a facet the user filters on is
// counted under the other facets' filters but not its own).
import { facetNames, type FacetName, type FacetValue, type SearchFilters, type SearchRequest } from "../../types";
import { filteredFacets, filtersWithout, userFilter } from "../../user-filters";
import type { RankedPage, RankedRow } from "../search-query";
import { and, count, filterBitmap, members, type Bitmap } from "./bitmaps";
import type { PostingsStore } from "./store";

/** How matches are ordered: by relevance (complete first, then score) or newest first. */
export interface Ranking {
  complete: Bitmap;
  score: Float64Array;
}

function facetCounts(store: PostingsStore, matches: Bitmap, candidates: Bitmap, filters: SearchFilters): Record<FacetName, FacetValue[]> {
  const own = new Set(filteredFacets(filters));
  const counts = new Int32Array(store.facetValues.length);
  const { facetOf, facetStart, facetFlat } = store;
  const tally = (documents: Bitmap, counted: Uint8Array) => {
    // Without a filter every facet is counted: no need to look each value's facet up.
    const all = counted.every((c) => c === 1);
    for (let d = 0; d < documents.length; d++) {
      if (!documents[d]) continue;
      const end = facetStart[d + 1]!;
      for (let k = facetStart[d]!; k < end; k++) {
        const id = facetFlat[k]!;
        counts[id] = counts[id]! + (all ? 1 : counted[facetOf[id]!]!);
      }
    }
  };
  tally(matches, Uint8Array.from(facetNames, (n) => (own.has(n) ? 0 : 1)));
  for (const facet of own) tally(and(candidates, filterBitmap(store, userFilter(filtersWithout(filters, facet)))), Uint8Array.from(facetNames, (n) => (n === facet ? 1 : 0)));
  const facets = Object.fromEntries(facetNames.map((n) => [n, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>;
  counts.forEach((n, id) => {
    if (n > 0) facets[store.facetValues[id]!.facet].push({ value: store.facetValues[id]!.value, count: n });
  });
  for (const values of Object.values(facets)) values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

/** Orders two documents: more relevant (or newer) first, then newer, then by id. */
function comparator(store: PostingsStore, ranking: Ranking | null): (a: number, b: number) => number {
  const byDate = (a: number, b: number) => store.date[b]! - store.date[a]! || (store.ids[a]! < store.ids[b]! ? -1 : store.ids[a]! > store.ids[b]! ? 1 : 0);
  if (!ranking) return byDate;
  const { complete, score } = ranking;
  return (a, b) => complete[b]! - complete[a]! || score[b]! - score[a]! || byDate(a, b);
}

/** The first `k` documents in order, without sorting them all (a bounded max-heap of the best seen). */
export function topK(documents: Int32Array, k: number, compare: (a: number, b: number) => number): number[] {
  const heap: number[] = [];
  const worse = (i: number, j: number) => compare(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (const d of documents) {
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (k > 0 && compare(d, heap[0]!) < 0) {
      heap[0] = d;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < heap.length && worse(l, m)) m = l;
        if (r < heap.length && worse(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort(compare);
}

/**
 * `candidates`: the readable matches before the user's filters. `rank` scores the matches
 * after them, or answers null to order them newest first (no query, or sort=newest).
 */
export function memoryPage(store: PostingsStore, candidates: Bitmap, request: SearchRequest, rank: (matches: Bitmap) => Ranking | null): RankedPage {
  const matches = and(candidates, filterBitmap(store, userFilter(request.filters)));
  const ranking = rank(matches);
  const offset = (request.page - 1) * request.pageSize;
  const ordered = topK(members(matches), offset + request.pageSize, comparator(store, ranking)).slice(offset);
  const rows: RankedRow[] = ordered.map((d) => ({ ...store.pages[d]!, score: ranking ? ranking.score[d]! : 0 }));
  return { rows, total: count(matches), facets: facetCounts(store, matches, candidates, request.filters) };
}
