// Index-level writes shared by reconcile(), upsert() and rebuild(): each one waits for its task
// and throws when the task did not succeed (tasks.ts).
import { MeilisearchApiError, type Index, type Meilisearch, type Settings, type WaitOptions } from "meilisearch";
import type { MeiliRecord } from "./record";
import { settingsDiff } from "./settings-diff";
import { succeeded } from "./tasks";

export const PRIMARY_KEY = "id";
// Meilisearch refuses payloads over 100 MB by default; a record can reach ~1-2 MB of
// attachment text, so requests are cut by size as well as by count.
export const MAX_BATCH_BYTES = 20 * 1024 * 1024;
export const MAX_BATCH_RECORDS = 1_000;

export function isMeiliError(error: unknown, code: string): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === code;
}

/** Creates the index when it is missing; true when it did. Another process creating it is fine. */
export async function ensureIndex(client: Meilisearch, uid: string, wait: WaitOptions): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return false;
  } catch (error) {
    if (!isMeiliError(error, "index_not_found")) throw error;
  }
  await succeeded(client.createIndex(uid, { primaryKey: PRIMARY_KEY }), `create index ${uid}`, wait, ["index_already_exists"]);
  return true;
}

/** Sends the declared settings that differ from the index's; returns what was sent. */
export async function applySettings(index: Index, desired: Settings, wait: WaitOptions): Promise<Settings> {
  const diff = settingsDiff(desired, await index.getSettings());
  if (Object.keys(diff).length > 0) await succeeded(index.updateSettings(diff), `update settings of ${index.uid}`, wait);
  return diff;
}

/** Groups records into requests under the size and count limits, keeping their order. */
export function splitBySize<T>(records: readonly T[], maxBytes = MAX_BATCH_BYTES, maxRecords = MAX_BATCH_RECORDS): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record)) + 1;
    if (current.length > 0 && (bytes + size > maxBytes || current.length >= maxRecords)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Adds or replaces records (whole records: fields no longer present disappear). */
export async function addRecords(index: Index, records: readonly MeiliRecord[], wait: WaitOptions): Promise<void> {
  for (const batch of splitBySize(records)) {
    await succeeded(index.addDocuments(batch, { primaryKey: PRIMARY_KEY }), `add ${batch.length} documents to ${index.uid}`, wait);
  }
}
