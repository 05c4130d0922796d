// Files in storage that no Attachment row references: left behind when an upload stored its
// file but failed before its row was saved, or when a row was deleted (with its document)
// without its file. Only files older than a cutoff count, so uploads in flight are safe.
import type { Database } from "../db/client";
import type { FileStorage, StorageEntry } from "../storage/file-storage";

export interface OrphanOptions {
  /** Files modified at or after this time are left alone. */
  olderThan: Date;
  /** Keys checked against the database per query. */
  batchSize?: number;
}

export interface OrphanCleanup {
  /** Files listed in storage. */
  scanned: number;
  orphans: StorageEntry[];
  deleted: string[];
  failed: { key: string; error: string }[];
}

/** Old-enough files, in batches, each batch filtered to the keys no row references. */
async function* orphanBatches(db: Database, storage: FileStorage, options: OrphanOptions, counter: { scanned: number }) {
  const size = options.batchSize ?? 500;
  let batch: StorageEntry[] = [];
  const flush = async () => {
    const keys = batch.map((entry) => entry.key);
    // Rows of removed attachments still reference their file (they can be restored).
    const rows = await db.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } });
    const referenced = new Set(rows.map((row) => row.storageKey));
    const orphans = batch.filter((entry) => !referenced.has(entry.key));
    batch = [];
    return orphans;
  };
  for await (const entry of storage.list()) {
    counter.scanned++;
    if (entry.lastModified.getTime() >= options.olderThan.getTime()) continue;
    batch.push(entry);
    if (batch.length >= size) yield await flush();
  }
  if (batch.length > 0) yield await flush();
}

export async function findOrphanedFiles(db: Database, storage: FileStorage, options: OrphanOptions): Promise<StorageEntry[]> {
  const orphans: StorageEntry[] = [];
  for await (const batch of orphanBatches(db, storage, options, { scanned: 0 })) orphans.push(...batch);
  return orphans;
}

/** Deletes each batch of orphans right after checking it, so the check is never stale. */
export async function deleteOrphanedFiles(
  db: Database,
  storage: FileStorage,
  options: OrphanOptions & { dryRun?: boolean },
): Promise<OrphanCleanup> {
  const counter = { scanned: 0 };
  const result: OrphanCleanup = { scanned: 0, orphans: [], deleted: [], failed: [] };
  for await (const batch of orphanBatches(db, storage, options, counter)) {
    result.orphans.push(...batch);
    if (options.dryRun) continue;
    for (const { key } of batch) {
      try {
        await storage.delete(key);
        result.deleted.push(key);
      } catch (error) {
        // One unreadable file must not stop the cleanup of the others.
        result.failed.push({ key, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  result.scanned = counter.scanned;
  return result;
}
