// Orphan cleanup against the real database and a real (temporary) storage folder.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LocalFileStorage } from "@/lib/storage/local-storage";
import { deleteOrphanedFiles, findOrphanedFiles } from "./orphans";

const HOUR = 60 * 60 * 1000;
let dir: string;
let storage: LocalFileStorage;
let documentId: string;
const cutoff = new Date(Date.now() - HOUR);

async function store(key: string, ageMs: number) {
  await storage.put(key, Buffer.from(key), "text/plain");
  const time = new Date(Date.now() - ageMs);
  await fs.utimes(path.join(storage.root, key), time, time);
}

async function stored(): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of storage.list()) keys.push(entry.key);
  return keys.sort();
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "puente-orphans-"));
  storage = new LocalFileStorage(dir);
  const document = await db.document.create({
    data: { type: "REPORT", title: "Orphan cleanup test", slug: `orphan-cleanup-test-${Date.now()}`, language: "en" },
  });
  documentId = document.id;
  const row = (storageKey: string, removedAt: Date | null = null) => ({
    documentId,
    fileName: `${storageKey.split("/").pop()}.txt`,
    mimeType: "text/plain",
    size: 10,
    storageKey,
    checksum: storageKey.padEnd(64, "0").slice(0, 64),
    removedAt,
  });
  await db.attachment.createMany({ data: [row(`documents/${documentId}/kept`), row(`documents/${documentId}/removed`, new Date())] });
  await store(`documents/${documentId}/kept`, 3 * HOUR); // referenced
  await store(`documents/${documentId}/removed`, 3 * HOUR); // referenced by a removed (restorable) row
  await store(`documents/${documentId}/in-flight`, 60_000); // no row yet, but recent
  for (let i = 0; i < 5; i++) await store(`documents/gone/orphan-${i}`, 2 * HOUR);
});

afterAll(async () => {
  await db.document.deleteMany({ where: { id: documentId } }); // attachments cascade
  await fs.rm(dir, { recursive: true, force: true });
  await db.$disconnect();
});

describe("orphaned files", () => {
  const orphanKeys = Array.from({ length: 5 }, (_, i) => `documents/gone/orphan-${i}`);

  it("are the old files no attachment row references", async () => {
    const orphans = await findOrphanedFiles(db, storage, { olderThan: cutoff, batchSize: 2 });
    expect(orphans.map((entry) => entry.key).sort()).toEqual(orphanKeys);
    expect(orphans.every((entry) => entry.lastModified < cutoff)).toBe(true);
  });

  it("are only reported on a dry run", async () => {
    const result = await deleteOrphanedFiles(db, storage, { olderThan: cutoff, dryRun: true });
    expect(result).toMatchObject({ scanned: 8, deleted: [], failed: [] });
    expect(result.orphans).toHaveLength(5);
    expect(await stored()).toHaveLength(8);
  });

  it("are deleted, and nothing else is", async () => {
    const result = await deleteOrphanedFiles(db, storage, { olderThan: cutoff, batchSize: 2 });
    expect(result.deleted.sort()).toEqual(orphanKeys);
    expect(await stored()).toEqual([`documents/${documentId}/in-flight`, `documents/${documentId}/kept`, `documents/${documentId}/removed`]);
    expect(await db.attachment.count({ where: { documentId } })).toBe(2);
  });

  it("include a recent file once the cutoff passes it", async () => {
    const orphans = await findOrphanedFiles(db, storage, { olderThan: new Date() });
    expect(orphans.map((entry) => entry.key)).toEqual([`documents/${documentId}/in-flight`]);
  });
});
