// Picks the search engine from the configuration (used by the app, the worker and scripts).
import type { Database } from "@/lib/db/client";
import { loadEnv } from "@/lib/env";
import { PostgresSearchEngine } from "./postgres/postgres-engine";
import type { SearchEngine } from "./types";

export function createSearchEngine(db: Database): SearchEngine {
  const env = loadEnv();
  if (env.MEILI_HOST) {
    // Wired when the Meilisearch engine lands (lib/search/meilisearch); refuse rather than ignore.
    throw new Error("MEILI_HOST is set, but this build does not include the Meilisearch engine yet");
  }
  return new PostgresSearchEngine(db);
}
