// npm run restore -- <archive> [--force]
// Restores a backup made by `npm run backup` into DATABASE_URL's database (or the embedded
// database's data folder when it is unset) and the configured storage. Both must be empty:
// with --force, the database's tables are dropped first and stored files are replaced. The
// archive is checked in full (manifest, checksums) before anything is written.
import { parseArgs } from "node:util";
import path from "node:path";
import { restoreBackup } from "../lib/backup/restore";
import { redactUrl } from "../lib/db/migrate/adapter-sources";
import { loadEnv } from "../lib/env";
import { createStorage } from "../lib/storage/get-storage";
import { S3FileStorage } from "../lib/storage/s3-storage";
import { embeddedDataDir } from "./lib/embedded-data-dir";
import { runScript } from "./lib/script-database";
import { onStopRequest } from "./lib/stop-signals";

runScript("restore", async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error("usage: npm run restore -- <archive> [--force]");
  const archive = path.resolve(positionals[0]!);
  const env = loadEnv();
  const stop = new AbortController();
  onStopRequest((reason) => {
    console.error(`${reason}: stopping the restore…`);
    stop.abort(new Error(`stopped by ${reason}`));
  });
  const target = env.DATABASE_URL ? ({ kind: "server", url: env.DATABASE_URL } as const) : ({ kind: "embedded", dataDir: embeddedDataDir(env) } as const);
  console.log(`Restoring ${archive} into ${target.kind === "server" ? redactUrl(target.url) : `the embedded database in ${target.dataDir}`}`);
  const storage = createStorage(env);
  const started = performance.now();
  try {
    const manifest = await restoreBackup(archive, target, storage, { force: values.force, signal: stop.signal, log: (line) => console.log(line) });
    console.log(`Restored the backup of ${manifest.createdAt} (${manifest.migrations.length} migrations, ${manifest.files.length} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log("Run `npm run db:migrate` if this version has newer migrations, then `npm run search:reindex`.");
  } catch (error) {
    if (!stop.signal.aborted) throw error;
    console.error("Restore stopped: the database was not changed (pg_restore runs in one transaction); restored files may remain.");
    process.exit(130);
  } finally {
    if (storage instanceof S3FileStorage) storage.close();
  }
});
