// The filter language (../../filter.ts) rendered a fourth way, after SQL, Meilisearch and the
// evaluator the tests use: as a bitmap over the memory index's documents, one byte each. The
// permission filter is the same condition tree the rule table compiles to; here each leaf is
// the union of the documents listed under its values, and AND and OR are bytewise.
import { renderTree } from "@/lib/policies/condition";
import type { Filter, FilterLeaf } from "../../filter";
import { NULL_KEY, type PostingsStore } from "./store";

export type Bitmap = Uint8Array;

export function and(a: Bitmap, b: Bitmap): Bitmap {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

export function or(a: Bitmap, b: Bitmap): Bitmap {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

export function count(a: Bitmap): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += a[i]!;
  return n;
}

/** The numbers of the set bits, ascending. */
export function members(a: Bitmap): Int32Array {
  const out = new Int32Array(count(a));
  let j = 0;
  for (let i = 0; i < a.length; i++) if (a[i]) out[j++] = i;
  return out;
}

/** The live documents. */
export const liveDocuments = (store: PostingsStore): Bitmap => store.documents.alive.slice(0, store.documents.count);

function leafBitmap(store: PostingsStore, leaf: FilterLeaf): Bitmap {
  const out = new Uint8Array(store.documents.count);
  const byValue = store.values.get(leaf.field);
  if (!byValue) return out;
  const mark = (list: number[] | undefined) => list?.forEach((d) => (out[d] = 1));
  if ("isNull" in leaf) mark(byValue.get(NULL_KEY));
  else if ("in" in leaf) for (const value of new Set(leaf.in.map(String))) mark(byValue.get(value));
  else {
    const { gt, gte, lt, lte } = leaf;
    for (const [key, list] of byValue) {
      if (key === NULL_KEY) continue;
      const v = Number(key);
      if ((gt === undefined || v > gt) && (gte === undefined || v >= gte) && (lt === undefined || v < lt) && (lte === undefined || v <= lte)) mark(list);
    }
  }
  return out;
}

/** The live documents the filter lets through. */
export function filterBitmap(store: PostingsStore, filter: Filter): Bitmap {
  const live = liveDocuments(store);
  const bitmap = renderTree<FilterLeaf, Bitmap>(filter, {
    leaf: (leaf) => leafBitmap(store, leaf),
    all: (parts) => parts.reduce(and),
    any: (parts) => parts.reduce(or),
    always: live,
    never: new Uint8Array(store.documents.count),
  });
  return and(bitmap, live);
}
