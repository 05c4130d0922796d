// npm run backup: one archive holding a consistent dump of the database and every stored file
// it references, with a manifest of SHA-256 checksums (./manifest.ts).
//   - A PostgreSQL server is dumped by pg_dump inside an exported snapshot, and the list of
//     files is read in that same snapshot: the dump and the files agree even while the site
//     keeps taking uploads.
//   - The embedded database is dumped by PGlite itself (dumpDataDir): pg_dump refuses a server
//     newer than itself, and PGlite runs a newer PostgreSQL than the pg_dump here. Its folder is
//     locked by this process, so nothing else writes meanwhile.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import * as tar from "tar";
import type { EmbeddedPostgres } from "../db/embedded";
import type { FileStorage } from "../storage/file-storage";
import { archivedFilePath, BACKUP_FORMAT, BACKUP_VERSION, digestFile, MANIFEST_NAME, type BackupManifest, type DatabasePart } from "./manifest";
import { checkedToolVersion, runTool, serverVersion, succeeded } from "./pg-tools";

export type BackupSource = { kind: "server"; url: string } | { kind: "embedded"; embedded: EmbeddedPostgres };

export interface BackupOptions {
  signal?: AbortSignal;
  log?: (line: string) => void;
}

interface Snapshot {
  database: DatabasePart;
  migrations: string[];
  files: { key: string; contentType: string }[];
}

/** What the database references and which migrations it has, read in the transaction `client` is in. */
async function contents(client: pg.Client): Promise<Pick<Snapshot, "migrations" | "files">> {
  const files = await client.query<{ key: string; contentType: string }>(`SELECT "storageKey" AS key, "mimeType" AS "contentType" FROM "Attachment" ORDER BY 1`);
  const migrations = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
  );
  return { files: files.rows, migrations: migrations.rows.map((r) => r.name) };
}

async function dumpServer(url: string, staging: string, signal?: AbortSignal): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url, application_name: "puente-backup" });
  await client.connect();
  try {
    const version = await serverVersion(client);
    const tool = await checkedToolVersion("pg_dump", version, signal);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const found = await contents(client);
    const file = path.join(staging, "database/dump.pgc");
    succeeded("pg_dump", await runTool("pg_dump", ["--format=custom", `--snapshot=${rows[0]!.snapshot}`, `--file=${file}`, `--dbname=${url}`], signal));
    await client.query("COMMIT");
    return { ...found, database: { kind: "server", file: "database/dump.pgc", serverVersion: version, toolVersion: tool, ...(await digestFile(file)) } };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dumpEmbedded(embedded: EmbeddedPostgres, staging: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  let found: Pick<Snapshot, "migrations" | "files">;
  let version: string;
  try {
    [found, version] = [await contents(client), await serverVersion(client)];
  } finally {
    await client.end().catch(() => undefined);
  }
  const file = path.join(staging, "database/pgdata.tar.gz");
  writeFileSync(file, Buffer.from(await (await embedded.dumpDataDir()).arrayBuffer()));
  return { ...found, database: { kind: "embedded", file: "database/pgdata.tar.gz", serverVersion: version, ...(await digestFile(file)) } };
}

/** Copies each referenced file out of storage; a file the database names but storage lacks fails the backup. */
async function copyFiles(storage: FileStorage, files: Snapshot["files"], staging: string, options: BackupOptions): Promise<BackupManifest["files"]> {
  const copied: BackupManifest["files"] = [];
  const missing: string[] = [];
  for (const [i, { key, contentType }] of files.entries()) {
    options.signal?.throwIfAborted();
    const stored = await storage.get(key);
    if (!stored) {
      missing.push(key);
      continue;
    }
    const target = path.join(staging, archivedFilePath(key));
    mkdirSync(path.dirname(target), { recursive: true });
    await pipeline(Readable.fromWeb(stored.body as import("node:stream/web").ReadableStream<Uint8Array>), createWriteStream(target), { signal: options.signal });
    copied.push({ key, contentType, ...(await digestFile(target)) });
    if ((i + 1) % 500 === 0) options.log?.(`  ${i + 1} of ${files.length} files copied`);
  }
  if (missing.length > 0) throw new Error(`${missing.length} attachment file(s) are missing from storage (first: ${missing.slice(0, 3).join(", ")}); nothing was written`);
  return copied;
}

/** Writes the archive to `out` (through a temporary name, so a stopped backup leaves nothing half-written) and answers its manifest. */
export async function createBackup(source: BackupSource, storage: FileStorage, out: string, options: BackupOptions = {}): Promise<BackupManifest> {
  const staging = mkdtempSync(path.join(tmpdir(), "puente-backup-"));
  const partial = `${out}.partial`;
  try {
    mkdirSync(path.join(staging, "database"), { recursive: true });
    options.log?.("Dumping the database…");
    const snapshot = source.kind === "server" ? await dumpServer(source.url, staging, options.signal) : await dumpEmbedded(source.embedded, staging);
    options.log?.(`Copying ${snapshot.files.length} stored files…`);
    const files = await copyFiles(storage, snapshot.files, staging, options);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations: snapshot.migrations, database: snapshot.database, files,
    };
    writeFileSync(path.join(staging, MANIFEST_NAME), JSON.stringify(manifest, null, 2));
    options.signal?.throwIfAborted();
    await tar.create({ file: partial, cwd: staging, portable: true }, [MANIFEST_NAME, "database", ...(files.length > 0 ? ["files"] : [])]);
    renameSync(partial, out);
    return manifest;
  } finally {
    rmSync(partial, { force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}
