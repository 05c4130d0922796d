// npm run storage:cleanup -- [--dry-run] [--min-age-minutes 60] [--force]
// Deletes stored files that no attachment references (failed uploads, deleted documents),
// leaving files younger than --min-age-minutes alone so uploads in progress are safe.
// Uses the database in DATABASE_URL, or the embedded one when it is unset (like db:seed).
import { parseArgs } from "node:util";
import { deleteOrphanedFiles } from "../../lib/attachments/orphans";
import { createPrismaClient } from "../../lib/db/client";
import { loadEnv } from "../../lib/env";
import { createStorage, localStorageDir } from "../../lib/storage/get-storage";
import { S3FileStorage } from "../../lib/storage/s3-storage";
import { runScript, withScriptDatabase } from "../lib/script-database";

function options() {
  const { values } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      "min-age-minutes": { type: "string", default: "60" },
      // Deleting although the database has no attachments at all (see below).
      force: { type: "boolean", default: false },
    },
  });
  const minAgeMinutes = Number(values["min-age-minutes"]);
  if (!Number.isFinite(minAgeMinutes) || minAgeMinutes < 0) throw new Error("--min-age-minutes must be a number of minutes, 0 or more");
  return { dryRun: values["dry-run"], minAgeMinutes, force: values.force };
}

runScript("storage:cleanup", async () => {
  const { dryRun, minAgeMinutes, force } = options();
  const env = loadEnv();
  const storage = createStorage(env);
  const where = env.STORAGE_DRIVER === "s3" ? `bucket ${env.S3_BUCKET}` : localStorageDir(env);
  try {
    await withScriptDatabase(async (url, label) => {
      const db = createPrismaClient(url, { max: 1 });
      try {
        // An empty attachment table next to a full storage usually means the wrong database:
        // deleting would remove every file. Report only, unless told otherwise.
        const safeDryRun = dryRun || (!force && (await db.attachment.count()) === 0);
        const olderThan = new Date(Date.now() - minAgeMinutes * 60_000);
        console.log(`Checking ${where} against ${label} (files older than ${minAgeMinutes} min)`);
        const result = await deleteOrphanedFiles(db, storage, { olderThan, dryRun: safeDryRun });
        for (const orphan of result.orphans) console.log(`  ${orphan.key}  (${orphan.lastModified.toISOString()})`);
        for (const failure of result.failed) console.error(`  could not delete ${failure.key}: ${failure.error}`);
        console.log(`Scanned ${result.scanned} files: ${result.orphans.length} orphaned, ${result.deleted.length} deleted`);
        if (safeDryRun && !dryRun && result.orphans.length > 0) {
          console.log("Nothing deleted: the database has no attachments at all. Check DATABASE_URL, or pass --force.");
        }
        if (result.failed.length > 0) process.exitCode = 1;
      } finally {
        await db.$disconnect();
      }
    });
  } finally {
    if (storage instanceof S3FileStorage) storage.close();
  }
});
