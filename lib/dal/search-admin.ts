import "server-only";
// The admin "Search" page's data: how the index compares with the database, what the worker
// still has to apply, and the in-process rebuild. Platform admins only; others get NOT_FOUND.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/policies/viewer";
import { describeError, rebuildStatus, startRebuild, type RebuildStatus } from "@/lib/search/rebuild-state";
import { reindexAll } from "@/lib/search/reindex";
import { getSearchEngine } from "@/lib/search/service";
import { outboxStatus } from "@/lib/search/sync";
import type { SearchEngine } from "@/lib/search/types";
import { requireAdmin } from "./guards";

export type IndexStats = { reachable: true; documents: number } | { reachable: false; error: string };

export interface SearchStatus {
  engine: SearchEngine["name"];
  index: IndexStats;
  publishedDocuments: number;
  backlog: number;
  lastError: string | null;
  rebuild: RebuildStatus;
}

// The engine client waits up to 30 s for an unresponsive host; the page should not.
const STATS_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A stopped Meilisearch must not take the page down: that is exactly when admins need it. */
async function indexStats(engine: SearchEngine): Promise<IndexStats> {
  try {
    return { reachable: true, documents: (await withTimeout(engine.stats(), STATS_TIMEOUT_MS)).documents };
  } catch (error) {
    const message = describeError(error);
    console.error(`search: reading ${engine.name} index stats failed: ${message}`);
    return { reachable: false, error: message };
  }
}

export async function getSearchStatus(viewer: Viewer): Promise<SearchStatus> {
  requireAdmin(viewer);
  const engine = getSearchEngine();
  const [index, publishedDocuments, outbox] = await Promise.all([
    indexStats(engine),
    db.document.count({ where: { status: "PUBLISHED" } }),
    outboxStatus(db),
  ]);
  return { engine: engine.name, index, publishedDocuments, ...outbox, rebuild: rebuildStatus() };
}

/**
 * Starts rebuilding the index in the background and returns at once (a rebuild can outlast
 * the request); its outcome shows in getSearchStatus. CONFLICT while one is running here.
 */
export async function startSearchReindex(viewer: Viewer): Promise<{ startedAt: Date }> {
  requireAdmin(viewer);
  if (!startRebuild(() => reindexAll(db, getSearchEngine()))) throw new AppError("CONFLICT", "reindex_running");
  return { startedAt: rebuildStatus().startedAt ?? new Date() };
}
