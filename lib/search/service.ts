import "server-only";
// What the app calls: the configured engine (Meilisearch when MEILI_HOST is set, else the
// database's own), with the viewer's permission filter applied to every search and suggestion.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policies/viewer";
import { lastPage } from "@/lib/validation/page-param";
import { SEARCH_MAX_PAGE } from "@/lib/validation/search";
import { searchAccessFilter } from "./access-filter";
import { createSearchEngine } from "./engine-factory";
import type { SearchEngine, SearchRequest, SearchResult } from "./types";

let engine: SearchEngine | undefined;

export function getSearchEngine(): SearchEngine {
  engine ??= createSearchEngine(db);
  return engine;
}

export async function searchDocuments(viewer: Viewer, request: SearchRequest): Promise<SearchResult> {
  return getSearchEngine().search(request, searchAccessFilter(viewer));
}

export async function suggestCompletions(viewer: Viewer, prefix: string): Promise<string[]> {
  return getSearchEngine().suggest(prefix, searchAccessFilter(viewer), 8);
}

/**
 * A page of results for a page or the API: a page past the last one shows the last one (the
 * request answered is returned, so the page and the API both say which page this is).
 */
export async function searchResultsPage(viewer: Viewer, request: SearchRequest): Promise<{ request: SearchRequest; result: SearchResult }> {
  const result = await searchDocuments(viewer, request);
  const last = lastPage(result.total, request.pageSize, SEARCH_MAX_PAGE);
  if (request.page <= last) return { request, result };
  const clamped = { ...request, page: last };
  // Counts and facets do not depend on the page: only a non-empty last page needs its hits.
  return { request: clamped, result: result.total === 0 ? result : await searchDocuments(viewer, clamped) };
}
