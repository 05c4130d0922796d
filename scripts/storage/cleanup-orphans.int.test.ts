// The storage:cleanup command end to end: a real process, database and storage folder.
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LocalFileStorage } from "@/lib/storage/local-storage";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const HOUR = 60 * 60 * 1000;
let dir: string;
let storage: LocalFileStorage;
let documentId: string;

function cleanup(args: string[], databaseUrl = process.env.DATABASE_URL!) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, STORAGE_DRIVER: "local", STORAGE_LOCAL_DIR: dir };
  return run(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/storage/cleanup-orphans.ts", ...args], { cwd: ROOT, env });
}

async function store(key: string, ageMs: number) {
  await storage.put(key, Buffer.from(key), "text/plain");
  const time = new Date(Date.now() - ageMs);
  await fs.utimes(path.join(dir, key), time, time);
}

const exists = (key: string) => fs.access(path.join(dir, key)).then(() => true, () => false);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "puente-cleanup-"));
  storage = new LocalFileStorage(dir);
  const document = await db.document.create({ data: { type: "REPORT", title: "Cleanup command test", slug: `cleanup-command-${Date.now()}`, language: "en" } });
  documentId = document.id;
  await db.attachment.create({
    data: { documentId, fileName: "a.txt", mimeType: "text/plain", size: 1, storageKey: `documents/${documentId}/kept`, checksum: "0".repeat(64) },
  });
  await store(`documents/${documentId}/kept`, 2 * HOUR);
  await store("documents/deleted-doc/orphan", 2 * HOUR);
  await store("documents/deleted-doc/young", 10 * 60_000);
});

afterAll(async () => {
  await db.document.deleteMany({ where: { id: documentId } });
  await fs.rm(dir, { recursive: true, force: true });
  await db.$disconnect();
});

describe("npm run storage:cleanup", () => {
  it("only reports with --dry-run", async () => {
    const { stdout } = await cleanup(["--dry-run"]);
    expect(stdout).toContain("documents/deleted-doc/orphan");
    expect(stdout).toMatch(/Scanned 3 files: 1 orphaned, 0 deleted/);
    expect(await exists("documents/deleted-doc/orphan")).toBe(true);
  });

  it("deletes old unreferenced files, keeping referenced and young ones", async () => {
    const { stdout } = await cleanup(["--min-age-minutes", "30"]);
    expect(stdout).toMatch(/Scanned 3 files: 1 orphaned, 1 deleted/);
    expect(await exists("documents/deleted-doc/orphan")).toBe(false);
    expect(await exists(`documents/${documentId}/kept`)).toBe(true);
    expect(await exists("documents/deleted-doc/young")).toBe(true);
  });

  it("deletes young files too with --min-age-minutes 0", async () => {
    const { stdout } = await cleanup(["--min-age-minutes", "0"]);
    expect(stdout).toMatch(/1 orphaned, 1 deleted/);
    expect(await exists("documents/deleted-doc/young")).toBe(false);
  });

  it("deletes nothing against a database without attachments, unless forced", async () => {
    await store("documents/other/file", 2 * HOUR);
    let empty: TestDatabase | undefined;
    try {
      empty = await createTestDatabase();
      const { stdout } = await cleanup([], empty.url);
      expect(stdout).toMatch(/Scanned 2 files: 2 orphaned, 0 deleted/);
      expect(stdout).toContain("pass --force");
      expect(await exists(`documents/${documentId}/kept`)).toBe(true);
      const forced = await cleanup(["--force"], empty.url);
      expect(forced.stdout).toMatch(/Scanned 2 files: 2 orphaned, 2 deleted/);
      expect(await exists(`documents/${documentId}/kept`)).toBe(false);
    } finally {
      await empty?.drop();
    }
  });

  it("refuses a malformed age", async () => {
    const error = await cleanup(["--min-age-minutes", "soon"]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain("--min-age-minutes");
  });
});
