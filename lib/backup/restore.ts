// npm run restore: puts a backup (./backup.ts) into an empty database and storage. Everything
// is checked before anything is written (the manifest through zod, every part's SHA-256, no
// part the manifest does not list); a non-empty target is refused unless `force`. Files go in
// first and the database last, in one transaction (pg_restore --single-transaction): a failure
// leaves at most unreferenced files, which storage:cleanup removes, never a half-restored database.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import * as tar from "tar";
import { acquireDataDirLock } from "../db/data-dir-lock";
import { loadEmbeddedDataDir } from "../db/embedded";
import type { FileStorage } from "../storage/file-storage";
import { archivedFilePath, digestFile, MANIFEST_NAME, manifestSchema, type BackupManifest } from "./manifest";
import { checkedToolVersion, runTool, succeeded } from "./pg-tools";

export type RestoreTarget = { kind: "server"; url: string } | { kind: "embedded"; dataDir: string };

export interface RestoreOptions {
  /** Restore over a non-empty database and storage (the database's tables are dropped first). */
  force?: boolean;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** A restore refused before anything was written (bad archive, wrong kind, target not empty). */
export class RestoreRefusedError extends Error {
  readonly code = "RESTORE_REFUSED";
}

/** Unpacks regular files and folders only (no links, devices or paths outside `into`). */
async function unpack(archive: string, into: string): Promise<void> {
  if (!existsSync(archive)) throw new RestoreRefusedError(`${archive} does not exist`);
  const rejected: string[] = [];
  await tar.extract({
    file: archive, cwd: into, strict: true,
    filter: (entryPath, entry) => {
      const ok = "type" in entry && (entry.type === "File" || entry.type === "Directory");
      if (!ok) rejected.push(entryPath);
      return ok;
    },
  });
  if (rejected.length > 0) throw new RestoreRefusedError(`the archive holds entries that are not plain files: ${rejected.slice(0, 3).join(", ")}`);
}

/** Every regular file under `dir`, relative to it, with "/" separators. */
function walk(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The manifest, once every part it lists matches its checksum and nothing else is in the archive. */
async function verified(staging: string): Promise<BackupManifest> {
  const manifestFile = path.join(staging, MANIFEST_NAME);
  if (!existsSync(manifestFile)) throw new RestoreRefusedError("not a Puente backup: it has no manifest.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestFile, "utf8"));
  } catch {
    throw new RestoreRefusedError("not a Puente backup: manifest.json is not JSON");
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new RestoreRefusedError(`not a Puente backup this version reads: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const manifest = parsed.data;
  const parts = [{ name: manifest.database.file, ...manifest.database }, ...manifest.files.map((f) => ({ name: archivedFilePath(f.key), ...f }))];
  const listed = new Set([MANIFEST_NAME, ...parts.map((p) => p.name)]);
  const extra = walk(staging).filter((name) => !listed.has(name));
  if (extra.length > 0) throw new RestoreRefusedError(`the archive holds files its manifest does not list: ${extra.slice(0, 3).join(", ")}`);
  for (const part of parts) {
    const file = path.join(staging, part.name);
    if (!existsSync(file)) throw new RestoreRefusedError(`the archive lacks ${part.name}`);
    const digest = await digestFile(file);
    if (digest.sha256 !== part.sha256 || digest.bytes !== part.bytes) throw new RestoreRefusedError(`${part.name} does not match its checksum: the archive is damaged`);
  }
  return manifest;
}

/** What in the target already holds data (empty: nothing). */
async function occupied(target: RestoreTarget, storage: FileStorage): Promise<string[]> {
  const found: string[] = [];
  if (target.kind === "server") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      if (rows[0]!.n > 0) found.push(`the database has ${rows[0]!.n} tables`);
    } finally {
      await client.end();
    }
  } else if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) found.push(`the data folder ${target.dataDir} is not empty`);
  for await (const entry of storage.list()) {
    found.push(`storage holds files (${entry.key}, …)`);
    break;
  }
  return found;
}

async function restoreServer(url: string, dump: string, manifest: Extract<BackupManifest["database"], { kind: "server" }>, clear: boolean, signal?: AbortSignal): Promise<void> {
  await checkedToolVersion("pg_restore", manifest.toolVersion, signal);
  if (clear) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    } finally {
      await client.end();
    }
  }
  const args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, dump];
  succeeded("pg_restore", await runTool("pg_restore", args, signal));
}

/** Restores `archive` into the target database and `storage`; answers the manifest it restored. */
export async function restoreBackup(archive: string, target: RestoreTarget, storage: FileStorage, options: RestoreOptions = {}): Promise<BackupManifest> {
  const staging = mkdtempSync(path.join(tmpdir(), "puente-restore-"));
  try {
    options.log?.("Checking the archive…");
    await unpack(archive, staging);
    const manifest = await verified(staging);
    if (manifest.database.kind !== target.kind) {
      const how = manifest.database.kind === "server" ? "set DATABASE_URL to a PostgreSQL server" : "leave DATABASE_URL unset (the embedded database)";
      throw new RestoreRefusedError(`this backup is of ${manifest.database.kind === "server" ? "a PostgreSQL server" : "the embedded database"}: ${how} to restore it`);
    }
    // A running app holds the embedded folder: refuse before anything is removed, even with --force.
    if (target.kind === "embedded" && existsSync(target.dataDir)) acquireDataDirLock(path.join(target.dataDir, "puente.lock"))();
    const busy = await occupied(target, storage);
    if (busy.length > 0 && !options.force) throw new RestoreRefusedError(`the target is not empty (${busy.join("; ")}): restore into an empty one, or pass --force to replace it`);
    options.log?.(`Restoring ${manifest.files.length} files…`);
    for (const file of manifest.files) {
      options.signal?.throwIfAborted();
      await storage.put(file.key, readFileSync(path.join(staging, archivedFilePath(file.key))), file.contentType);
    }
    options.log?.("Restoring the database…");
    const dump = path.join(staging, manifest.database.file);
    if (manifest.database.kind === "server" && target.kind === "server") await restoreServer(target.url, dump, manifest.database, busy.length > 0, options.signal);
    if (target.kind === "embedded") {
      if (busy.length > 0) rmSync(target.dataDir, { recursive: true, force: true });
      await loadEmbeddedDataDir(target.dataDir, new Blob([readFileSync(dump)]));
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
