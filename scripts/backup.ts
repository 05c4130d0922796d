// npm run backup -- [--out FILE]
// Writes one archive (default puente-backup-<time>.tar in the current folder): a consistent dump
// of the database (DATABASE_URL's server through pg_dump, or the embedded database through
// PGlite's own dump; stop the app first then, as for db:migrate) and every stored file it
// references, with a manifest and SHA-256 checksums (lib/backup). Ctrl-C or SIGTERM stops it
// and removes what it had written.
import { parseArgs } from "node:util";
import path from "node:path";
import { createBackup } from "../lib/backup/backup";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { redactUrl } from "../lib/db/migrate/adapter-sources";
import { loadEnv } from "../lib/env";
import { createStorage } from "../lib/storage/get-storage";
import { S3FileStorage } from "../lib/storage/s3-storage";
import { embeddedDataDir } from "./lib/embedded-data-dir";
import { runScript } from "./lib/script-database";
import { onStopRequest } from "./lib/stop-signals";

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").replace(/-\d+Z$/, "Z");

runScript("backup", async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const out = path.resolve(values.out ?? `puente-backup-${stamp()}.tar`);
  const env = loadEnv();
  const stop = new AbortController();
  onStopRequest((reason) => {
    console.error(`${reason}: stopping the backup and removing what it wrote…`);
    stop.abort(new Error(`stopped by ${reason}`));
  });
  const storage = createStorage(env);
  const log = (line: string) => console.log(line);
  const started = performance.now();
  try {
    let manifest;
    // A stop aborts the dump or the copying; createBackup then removes what it wrote.
    if (env.DATABASE_URL) {
      console.log(`Backing up ${redactUrl(env.DATABASE_URL)}`);
      manifest = await createBackup({ kind: "server", url: env.DATABASE_URL }, storage, out, { signal: stop.signal, log });
    } else {
      const dataDir = embeddedDataDir(env);
      console.log(`Backing up the embedded database in ${dataDir}`);
      const embedded = await startEmbeddedPostgres({ dataDir });
      try {
        manifest = await createBackup({ kind: "embedded", embedded }, storage, out, { signal: stop.signal, log });
      } finally {
        await embedded.stop();
      }
    }
    const bytes = manifest.files.reduce((n, f) => n + f.bytes, manifest.database.bytes);
    console.log(`Wrote ${out}: the database and ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    if (!stop.signal.aborted) throw error;
    console.error("Backup stopped: nothing was written.");
    process.exit(130);
  } finally {
    if (storage instanceof S3FileStorage) storage.close();
  }
});
