import "server-only";
// What the app calls: the configured engine (Meilisearch when MEILI_HOST is set, else the
// database's own), with the viewer's permission filter applied to every search and suggestion.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/policies/viewer";
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
