// Zero-downtime rebuild: fill a fresh index (same settings) while searches keep using the live
// one, swap the two atomically, then delete the old data now under the fresh name. Writes made
// to the live index during the rebuild are lost at the swap unless the batches read them
// afterwards: run a reconcile of recently changed documents after a rebuild.
import type { Meilisearch, WaitOptions } from "meilisearch";
import type { SearchDocument } from "../types";
import { liveIndexName, rebuildIndexName, rebuildTimestamp } from "./config";
import { addRecords, ensureIndex, isMeiliError, PRIMARY_KEY } from "./index-admin";
import { toRecord } from "./record";
import { indexSettings } from "./settings";
import { succeeded } from "./tasks";

async function fill(client: Meilisearch, uid: string, batches: AsyncIterable<SearchDocument[]>, wait: WaitOptions): Promise<number> {
  const index = client.index(uid);
  // Settings before documents: indexing once with the final settings is faster than re-indexing.
  await succeeded(index.updateSettings(indexSettings()), `settings of ${uid}`, wait);
  let documents = 0;
  for await (const batch of batches) {
    await addRecords(index, batch.map(toRecord), wait);
    documents += batch.length;
  }
  return documents;
}

/** Deletes rebuild indexes older than this one that a crashed rebuild left behind. */
async function deleteLeftovers(client: Meilisearch, prefix: string, before: number, wait: WaitOptions): Promise<void> {
  const { results } = await client.getRawIndexes({ limit: 1_000 });
  for (const { uid } of results) {
    const timestamp = rebuildTimestamp(prefix, uid);
    if (timestamp !== null && timestamp < before) await succeeded(client.deleteIndex(uid), `delete leftover ${uid}`, wait, ["index_not_found"]);
  }
}

export async function rebuildIndex(
  client: Meilisearch, prefix: string, batches: AsyncIterable<SearchDocument[]>, wait: WaitOptions, now = Date.now(),
): Promise<{ documents: number }> {
  const live = liveIndexName(prefix);
  const fresh = rebuildIndexName(prefix, now);
  await succeeded(client.createIndex(fresh, { primaryKey: PRIMARY_KEY }), `create ${fresh}`, wait);
  let documents: number;
  try {
    documents = await fill(client, fresh, batches, wait);
    // Swapping needs both indexes; on the very first rebuild the live one may not exist yet.
    await ensureIndex(client, live, wait);
    await succeeded(client.swapIndexes([{ indexes: [live, fresh], rename: false }]), `swap ${live} with ${fresh}`, wait);
  } catch (error) {
    await client.deleteIndex(fresh).waitTask(wait).catch(() => undefined);
    throw error;
  }
  await succeeded(client.deleteIndex(fresh), `delete the previous ${live} (now ${fresh})`, wait);
  await deleteLeftovers(client, prefix, now, wait).catch((error: unknown) => {
    if (!isMeiliError(error, "index_not_found")) throw error;
  });
  return { documents };
}
