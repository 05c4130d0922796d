// The documents a viewer may read, and BM25F's average field lengths over them, kept per
// permission filter while the memory index does not change: at 100,000 documents rendering the
// filter and averaging the lengths cost milliseconds on every search. The filter's time
// conditions (embargoes) move every millisecond, so entries are keyed by the minute
// (../statistics.ts scopeKey), and the few documents under an embargo are tested again on each
// search with the filter as it is then: what matches is always exact; only the averages, which
// weigh scores, may be a minute old, as the SQL engine's statistics are.
import { LruCache } from "../../lru-cache";
import { matchesFilter, type Filter } from "../../filter";
import { scopeKey, type FieldAverages } from "../statistics";
import { filterBitmap, type Bitmap } from "./bitmaps";
import { fieldAverages } from "./statistics";
import type { PostingsStore } from "./store";

/** Viewers kept: a bitmap is one byte per document (100 KB at 100,000). */
const ENTRIES = 64;
const TTL_MS = 60_000;

const cache = new LruCache<{ store: PostingsStore; version: number; readable: Bitmap; averages: FieldAverages }>(ENTRIES, TTL_MS);

export interface ReadableDocuments {
  readable: Bitmap;
  averages: FieldAverages;
}

/** The live documents `access` lets through now (a copy the caller may keep), and the averages over them. */
export function readableDocuments(store: PostingsStore, access: Filter): ReadableDocuments {
  const key = scopeKey("", access);
  let entry = cache.get(key);
  if (!entry || entry.store !== store || entry.version !== store.version) {
    const readable = filterBitmap(store, access);
    entry = { store, version: store.version, readable, averages: fieldAverages(store, readable) };
    cache.set(key, entry);
  }
  const readable = entry.readable.slice();
  for (const [document, values] of store.timed) readable[document] = matchesFilter(access, values) ? 1 : 0;
  return { readable, averages: entry.averages };
}
