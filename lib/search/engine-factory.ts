// Picks the search engine from the configuration (used by the app, the worker and scripts).
import type { Database } from "@/lib/db/client";
import { loadEnv } from "@/lib/env";
import { createMeilisearchEngine } from "./meilisearch/meilisearch-engine";
import { PostgresSearchEngine } from "./postgres/postgres-engine";
import { processPostingsCache } from "./postgres/postings/postings-cache";
import type { SearchEngine } from "./types";

export function createSearchEngine(db: Database): SearchEngine {
  const env = loadEnv();
  if (env.MEILI_HOST) return createMeilisearchEngine({ host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY, indexPrefix: env.MEILI_INDEX_PREFIX });
  return new PostgresSearchEngine(db, { memoryIndex: env.SEARCH_MEMORY_INDEX && processPostingsCache(db) });
}
