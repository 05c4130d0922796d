// Visitors' (anonymous viewers') reads of public pages, cached per app instance: the home page,
// focus areas, documents and organizations are the same for every visitor, and most traffic is
// visitors. Signed-in viewers always read the database, so nothing personal is ever stored.
// Entries are keyed by the content generation (./content-generation.ts), so a committed change
// is seen on the next read in every instance; they also expire after a minute, for what changes
// with time alone (an embargo ending). A miss is loaded once however many requests ask at once.
import { loadEnv, requireDatabaseUrl } from "@/lib/env";
import type { Viewer } from "@/lib/policies/viewer";
import { LruCache } from "@/lib/search/lru-cache";
import { ContentWatch } from "./content-generation";

const ENTRIES = 500;
const TTL_MS = 60_000;

interface Entry {
  generation: number;
  value: Promise<unknown>;
}

interface Shared {
  watch?: ContentWatch;
  entries: LruCache<Entry>;
}

// Next bundles this module more than once (pages, route handlers, server actions); one copy of
// the state per process, where every copy finds it.
const SHARED = Symbol.for("puente.visitorCache");
const shared = ((globalThis as { [SHARED]?: Shared })[SHARED] ??= { entries: new LruCache<Entry>(ENTRIES, TTL_MS) });

/** This process's watch, if a cached read has started one (writes raise it: ./content-generation.ts). */
export const processContentWatch = (): ContentWatch | null => shared.watch ?? null;

function watch(): ContentWatch {
  shared.watch ??= new ContentWatch(requireDatabaseUrl());
  return shared.watch;
}

/**
 * `load` for signed-in viewers; for visitors, its answer from the cache while the content is
 * unchanged. Each hit gets its own copy (structuredClone), so no request can alter another's.
 */
export function visitorCached<A extends unknown[], R>(name: string, load: (viewer: Viewer, ...args: A) => Promise<R>): (viewer: Viewer, ...args: A) => Promise<R> {
  return async (viewer, ...args) => {
    if (viewer.kind !== "anonymous" || !loadEnv().VISITOR_CACHE) return load(viewer, ...args);
    const generation = watch().generation();
    if (generation === null) return load(viewer, ...args);
    const key = `${name}\0${JSON.stringify(args)}`;
    let entry = shared.entries.get(key);
    if (!entry || entry.generation !== generation) {
      const value = load(viewer, ...args);
      entry = { generation, value };
      shared.entries.set(key, entry);
      // A failure (a 404, an outage) is not kept: the next request asks again.
      value.catch(() => shared.entries.get(key) === entry && shared.entries.delete(key));
    }
    return structuredClone((await entry.value) as R);
  };
}
