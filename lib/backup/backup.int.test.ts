// A backup of the seeded hub, with its attachments, restored elsewhere is the same hub: every
// table's rows, every file's checksum, and what search finds after a reindex. On a PostgreSQL
// server (pg_dump in a snapshot, pg_restore) and on the embedded database (PGlite's own dump).
// A non-empty target, a damaged archive and the wrong kind of database are refused untouched.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { applyMigrations } from "../db/migrate/apply-migrations";
import { searchAccessFilter } from "../search/access-filter";
import { PostgresSearchEngine } from "../search/postgres/postgres-engine";
import { reindexAll } from "../search/reindex";
import type { FileStorage } from "../storage/file-storage";
import { LocalFileStorage } from "../storage/local-storage";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { seedDatabase } from "../../prisma/seed/seed";
import { createBackup } from "./backup";
import { restoreBackup, RestoreRefusedError } from "./restore";

const scratch = mkdtempSync(path.join(tmpdir(), "puente-backup-test-"));
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
  rmSync(scratch, { recursive: true, force: true });
});

async function database(migrate: boolean): Promise<TestDatabase> {
  const created = await createTestDatabase({ migrate });
  databases.push(created);
  return created;
}

/** Every table's rows, each as JSON text, sorted: two databases with the same answer hold the same data. */
async function tableRows(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM "${name}" t ORDER BY 1`);
      out[name] = rows.map((row) => row.r);
    }
    return out;
  } finally {
    await client.end();
  }
}

/** Each stored file's SHA-256 by key. */
async function fileDigests(storage: FileStorage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for await (const { key } of storage.list()) {
    const file = await storage.get(key);
    out[key] = createHash("sha256").update(Buffer.from(await new Response(file!.body).arrayBuffer())).digest("hex");
  }
  return out;
}

/** What a visitor and an administrator find for a few words, after rebuilding the index from the documents. */
async function searchAnswers(url: string): Promise<string[][]> {
  const db = createPrismaClient(url, { max: 2 });
  try {
    const engine = new PostgresSearchEngine(db, { memoryIndex: false });
    await reindexAll(db, engine);
    const viewers = [searchAccessFilter({ kind: "anonymous" }), searchAccessFilter({ kind: "user", id: "x", role: "ADMIN", verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [] })];
    const answers: string[][] = [];
    for (const access of viewers) {
      for (const q of ["coca", "lavado de activos", "cybersecurity", "seguridad"]) {
        const found = await engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 50 }, access);
        answers.push([q, String(found.total), ...found.hits.map((h) => h.id)]);
      }
    }
    return answers;
  } finally {
    await db.$disconnect();
  }
}

describe("backup and restore on a PostgreSQL server", () => {
  let source: TestDatabase;
  let sourceStorage: LocalFileStorage;
  const archive = path.join(scratch, "server.tar");
  beforeAll(async () => {
    source = await database(true);
    sourceStorage = new LocalFileStorage(path.join(scratch, "source-files"));
    const db = createPrismaClient(source.url, { max: 2 });
    await seedDatabase(db, { storage: sourceStorage });
    await db.$disconnect();
  }, 180_000);

  it("restores the seeded hub into an empty database and storage: the same rows, files and search answers", async () => {
    const manifest = await createBackup({ kind: "server", url: source.url }, sourceStorage, archive);
    expect(manifest.files.length).toBeGreaterThan(0);
    expect(manifest.database.kind).toBe("server");
    const target = await database(false);
    const targetStorage = new LocalFileStorage(path.join(scratch, "target-files"));
    await restoreBackup(archive, { kind: "server", url: target.url }, targetStorage);
    const [before, after] = [await tableRows(source.url), await tableRows(target.url)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before.Attachment!.length).toBe(manifest.files.length);
    expect(await fileDigests(targetStorage)).toEqual(await fileDigests(sourceStorage));
    // Each restored file is the one its attachment row's checksum names.
    for (const row of before.Attachment!.map((r) => JSON.parse(r) as { storageKey: string; checksum: string })) {
      expect((await fileDigests(targetStorage))[row.storageKey]).toBe(row.checksum);
    }
    const found = await searchAnswers(source.url);
    // Real answers: every query finds something, and the administrator finds more than the visitor.
    expect(found.map(([q, total]) => [q, Number(total) > 0])).toEqual(found.map(([q]) => [q, true]));
    expect(found.slice(4).map(([, t]) => Number(t))).not.toEqual(found.slice(0, 4).map(([, t]) => Number(t)));
    expect(await searchAnswers(target.url)).toEqual(found);

    // Now the target is not empty: refused, then replaced with --force.
    await expect(restoreBackup(archive, { kind: "server", url: target.url }, targetStorage)).rejects.toThrow(/the target is not empty \(the database has \d+ tables; storage holds files/);
    await restoreBackup(archive, { kind: "server", url: target.url }, targetStorage, { force: true });
    expect(await tableRows(target.url)).toEqual(before);
  }, 300_000);

  it("refuses a damaged archive, an unlisted file and the wrong kind of database before writing anything", async () => {
    const dir = mkdtempSync(path.join(scratch, "unpacked-"));
    await tar.extract({ file: archive, cwd: dir });
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { files: { key: string }[] };
    const damaged = path.join(scratch, "damaged.tar");
    const file = path.join(dir, "files", manifest.files[0]!.key);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from("x")]));
    await tar.create({ file: damaged, cwd: dir }, ["manifest.json", "database", "files"]);
    const empty = await database(false);
    const storage = new LocalFileStorage(path.join(scratch, "never-written"));
    const refused = (file: string, target = { kind: "server" as const, url: empty.url }) => expect(restoreBackup(file, target, storage)).rejects.toBeInstanceOf(RestoreRefusedError);
    await refused(damaged);
    await expect(restoreBackup(damaged, { kind: "server", url: empty.url }, storage)).rejects.toThrow(/does not match its checksum/);
    writeFileSync(path.join(dir, "files", "extra.txt"), "not in the manifest");
    const extra = path.join(scratch, "extra.tar");
    await tar.create({ file: extra, cwd: dir }, ["manifest.json", "database", "files"]);
    await expect(restoreBackup(extra, { kind: "server", url: empty.url }, storage)).rejects.toThrow(/does not list: files\/extra\.txt/);
    await expect(restoreBackup(archive, { kind: "embedded", dataDir: path.join(scratch, "pgdata") }, storage)).rejects.toThrow(/set DATABASE_URL to a PostgreSQL server/);
    await refused(path.join(scratch, "no-such.tar"));
    // Nothing was written anywhere.
    expect(await tableRows(empty.url)).toEqual({});
    expect(await fileDigests(storage)).toEqual({});
  }, 120_000);
});

describe("backup and restore of the embedded database", () => {
  it("restores PGlite's own dump into an empty data folder: the same rows and files", async () => {
    const [sourceDir, targetDir] = [path.join(scratch, "pglite-source"), path.join(scratch, "pglite-target")];
    const storage = new LocalFileStorage(path.join(scratch, "embedded-files"));
    const archive = path.join(scratch, "embedded.tar");
    const source = await startEmbeddedPostgres({ dataDir: sourceDir });
    let before: Record<string, string[]>;
    try {
      await applyMigrations(source.url);
      const db = createPrismaClient(source.url, { max: 2 });
      await seedDatabase(db, { storage });
      await db.$disconnect();
      before = await tableRows(source.url);
      const manifest = await createBackup({ kind: "embedded", embedded: source }, storage, archive);
      expect(manifest.database.kind).toBe("embedded");
      expect(manifest.files.length).toBe(before.Attachment!.length);
    } finally {
      await source.stop();
    }
    const targetStorage = new LocalFileStorage(path.join(scratch, "embedded-target-files"));
    await expect(restoreBackup(archive, { kind: "server", url: "postgresql://postgres@127.0.0.1:1/none" }, targetStorage)).rejects.toThrow(/leave DATABASE_URL unset/);
    await restoreBackup(archive, { kind: "embedded", dataDir: targetDir }, targetStorage);
    const target = await startEmbeddedPostgres({ dataDir: targetDir });
    try {
      expect(await tableRows(target.url)).toEqual(before);
    } finally {
      await target.stop();
    }
    expect(await fileDigests(targetStorage)).toEqual(await fileDigests(storage));
    await expect(restoreBackup(archive, { kind: "embedded", dataDir: targetDir }, targetStorage)).rejects.toThrow(/the data folder .* is not empty/);
  }, 300_000);
});
