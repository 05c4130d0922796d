// The filter language (../../filter.ts) rendered a fourth way, after SQL, Meilisearch and the
// evaluator the tests use: as a bitmap over the memory index's documents, one byte each. The
// permission filter is the same condition tree the rule table compiles to; here each leaf is
// the union of the documents listed under its values, and AND and OR are bytewise.
import { renderTree } from "@/lib/policies/condition";
import type { Filter, FilterLeaf } from "../../filter";
import { NULL_KEY, type PostingsStore } from "./store";

export type Bitmap = Uint8Array;

// Each byte is 0 or 1, so AND, OR and counting work on four bytes at once through a 32-bit
// view of the same memory (the byte-wise loops were a third of a search at 100,000 documents):
// `whole` is how many bytes the view covers, and the last few bytes are done one by one.

/** The 32-bit view of a bitmap, or null when its bytes do not start on a 4-byte boundary. */
function view(a: Bitmap): Uint32Array | null {
  return a.byteOffset % 4 === 0 ? new Uint32Array(a.buffer, a.byteOffset, a.length >> 2) : null;
}

/** The three views when all three bitmaps have one, else null (then every byte is done on its own). */
function views(a: Bitmap, b: Bitmap, out: Bitmap): [Uint32Array, Uint32Array, Uint32Array] | null {
  const [va, vb, vo] = [view(a), view(b), view(out)];
  return va && vb && vo ? [va, vb, vo] : null;
}

// Two loops written out rather than one taking the operation: a callback per word cost more
// than the word-wide operation saved.
export function and(a: Bitmap, b: Bitmap): Bitmap {
  const out = new Uint8Array(a.length);
  const v = views(a, b, out);
  const from = v ? v[2].length << 2 : 0;
  if (v) {
    const [va, vb, vo] = v;
    for (let i = 0; i < vo.length; i++) vo[i] = va[i]! & vb[i]!;
  }
  for (let i = from; i < a.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

export function or(a: Bitmap, b: Bitmap): Bitmap {
  const out = new Uint8Array(a.length);
  const v = views(a, b, out);
  const from = v ? v[2].length << 2 : 0;
  if (v) {
    const [va, vb, vo] = v;
    for (let i = 0; i < vo.length; i++) vo[i] = va[i]! | vb[i]!;
  }
  for (let i = from; i < a.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

/** The four bytes of a 32-bit word summed (each 0 or 1, so the sum fits the top byte). */
const byteSum = (x: number) => Math.imul(x, 0x01010101) >>> 24;

/** How many bits both have, without building their intersection. */
export function countBoth(a: Bitmap, b: Bitmap): number {
  const [va, vb] = [view(a), view(b)];
  let n = 0;
  let from = 0;
  if (va && vb) {
    for (let i = 0; i < va.length; i++) n += byteSum(va[i]! & vb[i]!);
    from = va.length << 2;
  }
  for (let i = from; i < a.length; i++) n += a[i]! & b[i]!;
  return n;
}

export function count(a: Bitmap): number {
  const va = view(a);
  let n = 0;
  let from = 0;
  if (va) {
    for (let i = 0; i < va.length; i++) n += byteSum(va[i]!);
    from = va.length << 2;
  }
  for (let i = from; i < a.length; i++) n += a[i]!;
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
