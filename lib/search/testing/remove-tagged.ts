import type { Database } from "@/lib/db/client";
import type { SearchEngine } from "../types";

/** Removes a test's entries (tagged with its tag) through the engine, so the vocabulary's counts go with them. */
export async function removeTaggedEntries(db: Database, engine: SearchEngine, tag: string): Promise<void> {
  const entries = await db.$queryRaw<{ id: string }[]>`SELECT "documentId" AS id FROM "SearchEntry" WHERE ${tag} = ANY(tags)`;
  await engine.remove(entries.map((e) => e.id));
}
