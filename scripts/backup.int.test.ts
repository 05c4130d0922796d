// `npm run backup` and `npm run restore` as an operator runs them, against a PostgreSQL server
// and a local storage folder: a round trip, then the refusal of a non-empty target, with the
// exit codes and messages a cron job or a person would see.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { createPrismaClient } from "../lib/db/client";
import { LocalFileStorage } from "../lib/storage/local-storage";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";
import { seedDatabase } from "../prisma/seed/seed";

const scratch = mkdtempSync(path.join(tmpdir(), "puente-backup-cli-"));
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const database of databases) await database.drop();
  rmSync(scratch, { recursive: true, force: true });
});

/** The commands' temporary folder, to see that they leave nothing in it. */
const temporary = path.join(scratch, "tmp");

function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", TMPDIR: temporary, PUENTE_DATA_DIR: path.join(scratch, "data"), ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
}

it("backs up a server's hub to one archive and restores it into an empty one, refusing a non-empty one", async () => {
  const [source, target] = [await createTestDatabase(), await createTestDatabase({ migrate: false })];
  databases.push(source, target);
  const files = path.join(scratch, "files");
  const db = createPrismaClient(source.url, { max: 1 });
  await seedDatabase(db, { storage: new LocalFileStorage(files) });
  await db.$disconnect();

  const archive = path.join(scratch, "hub.tar");
  mkdirSync(temporary);
  const backup = run("backup", ["--out", archive], { DATABASE_URL: source.url, STORAGE_LOCAL_DIR: files });
  expect(backup.stderr).toBe("");
  expect(backup.status).toBe(0);
  expect(backup.stdout).toMatch(new RegExp(`Wrote ${archive.replace(/[/.]/g, "\\$&")}: the database and \\d+ files`));
  expect(existsSync(`${archive}.partial`)).toBe(false);

  const restoredFiles = path.join(scratch, "restored-files");
  const restore = run("restore", [archive], { DATABASE_URL: target.url, STORAGE_LOCAL_DIR: restoredFiles });
  expect(restore.stderr).toBe("");
  expect(restore.status).toBe(0);
  expect(restore.stdout).toMatch(/Restored the backup of .* \(\d+ migrations, \d+ files\)/);
  expect(readdirSync(restoredFiles).length).toBeGreaterThan(0);

  const again = run("restore", [archive], { DATABASE_URL: target.url, STORAGE_LOCAL_DIR: restoredFiles });
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/^restore failed: the target is not empty .* pass --force to replace it/);
  // Neither command left a temporary folder behind.
  expect(readdirSync(temporary).filter((name) => name.startsWith("puente-"))).toEqual([]); // (tsx keeps its cache there too)
}, 240_000);
