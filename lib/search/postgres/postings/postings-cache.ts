// Each instance's memory index of the search tables, kept at the database's index generation.
// Every search first reads the generation (one indexed row); when it moved, the documents the
// changes name are read again before the search runs, so a publish is found by the next
// search on every instance. Until the first load completes, after a rebuild was swapped in, or
// after this instance fell further behind than the change log keeps, there is no current index
// and searches use SQL (the caller's fallback) while it loads in the background. A store with
// many dead postings (documents rewritten) is reloaded beside the live one and swapped in.
import type { Database } from "@/lib/db/client";
import { changesSince, indexGeneration } from "../generation";
import { applyDocuments, loadStore } from "./load";
import type { PostingsStore } from "./store";

/** Reload once more than this share of the documents' postings belong to replaced documents. */
const MAX_DEAD_SHARE = 0.5;
const RETRY_MS = 60_000;

export class PostingsCache {
  #store: PostingsStore | null = null;
  #generation = "0";
  #loading: Promise<void> | null = null;
  #syncing: Promise<void> | null = null;
  #failedAt = 0;

  constructor(private readonly db: Database) {}

  /** The index as of the current generation, or null while none is (use SQL). */
  async current(): Promise<PostingsStore | null> {
    if (!this.#store) {
      this.#loadInBackground();
      return null;
    }
    this.#syncing ??= this.#sync().finally(() => (this.#syncing = null));
    await this.#syncing;
    return this.#store;
  }

  /** Waits until the index is loaded and current (tests, benchmarks, start-up). */
  async warm(): Promise<PostingsStore> {
    for (;;) {
      await this.#load();
      const store = await this.current();
      if (store) return store;
    }
  }

  /** A load that failed (the database unreachable, say) is tried again a minute later, not on every search. */
  #loadInBackground(): void {
    if (Date.now() - this.#failedAt < RETRY_MS) return;
    void this.#load().catch((error: unknown) => {
      this.#failedAt = Date.now();
      console.error("search: loading the memory index failed (searching with SQL meanwhile):", error);
    });
  }

  #load(): Promise<void> {
    this.#loading ??= (async () => {
      const { store, generation } = await loadStore(this.db);
      this.#store = store;
      this.#generation = generation;
    })().finally(() => (this.#loading = null));
    return this.#loading;
  }

  async #sync(): Promise<void> {
    const generation = await indexGeneration(this.db);
    if (generation === this.#generation || !this.#store) return;
    const { complete, changes } = await changesSince(this.db, this.#generation);
    if (!complete || changes.some((c) => c.documentId === null)) {
      // Replaced wholesale: what this instance holds may list documents no longer readable.
      this.#store = null;
      this.#loadInBackground();
      return;
    }
    const ids = [...new Set(changes.map((c) => c.documentId!))];
    await applyDocuments(this.db, this.#store, ids);
    this.#generation = changes.at(-1)?.generation ?? generation;
    const { documents } = this.#store;
    if (documents.dead > documents.count * MAX_DEAD_SHARE && !this.#loading) void this.#reloadBeside().catch(() => undefined);
  }

  /** Loads a fresh store while the current one keeps serving, then swaps it in at the next sync. */
  async #reloadBeside(): Promise<void> {
    const { store, generation } = await loadStore(this.db);
    const { complete, changes } = await changesSince(this.db, generation);
    if (!complete || changes.some((c) => c.documentId === null)) return;
    await applyDocuments(this.db, store, [...new Set(changes.flatMap((c) => (c.documentId ? [c.documentId] : [])))]);
    if (this.#store && BigInt(changes.at(-1)?.generation ?? generation) >= BigInt(this.#generation)) {
      this.#store = store;
      this.#generation = changes.at(-1)?.generation ?? generation;
    }
  }
}

const caches = new WeakMap<Database, PostingsCache>();

/** The memory index of the database's search tables, one per database client. */
export function postingsCache(db: Database): PostingsCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new PostingsCache(db)));
  return cache;
}

/**
 * The app's memory index, one per process. Next bundles modules more than once (route handlers,
 * pages, instrumentation), each copy with its own variables and its own handle on the one
 * database: kept here, every copy shares one index instead of loading its own.
 */
const APP_CACHE = Symbol.for("puente.search.postingsCache");
export function processPostingsCache(db: Database): PostingsCache {
  const shared = globalThis as typeof globalThis & { [APP_CACHE]?: PostingsCache };
  shared[APP_CACHE] ??= new PostingsCache(db);
  return shared[APP_CACHE];
}
