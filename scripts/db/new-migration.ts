// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the existing
// migrations to prisma/schema.prisma (the `prisma migrate dev --create-only` step, offline: the
// shadow database is an in-memory PGlite). Review and edit the file, then `npm run db:migrate`.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema } from "../../lib/db/migrate/diff";
import { migrationFolderName, parseMigrationName } from "../../lib/db/migrate/migration-name";
import {
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  MIGRATION_FILE_NAME,
  readMigrationsFolder,
  resolveMigrationsDir,
} from "../../lib/db/migrate/migrations-folder";
import { runScript } from "../lib/script-database";

async function nextFolderName(name: string, migrationsDir: string): Promise<string> {
  const folder = migrationFolderName(name, new Date());
  const { migrationDirectories } = await readMigrationsFolder(migrationsDir, { allowMissing: true });
  const latest = migrationDirectories.at(-1)?.path;
  // Migrations apply in name order: a new one that sorts before the latest (clock skew, or a
  // second migration within the same second) would be applied out of order.
  if (latest !== undefined && folder <= latest) {
    throw new Error(`the new migration ${folder} would sort before or equal to ${latest}; wait a second or check the clock`);
  }
  return folder;
}

async function main(): Promise<void> {
  const parsed = parseMigrationName(process.argv[2]);
  if (!parsed.ok) throw new Error(`invalid migration name: ${parsed.error}\nusage: npm run db:migration -- <name>`);

  const migrationsDir = resolveMigrationsDir();
  const script = await diffMigrationsToSchema({ migrationsDir });
  if (script === "") {
    console.log("schema and migrations are already in sync: nothing written");
    return;
  }

  const folder = await nextFolderName(parsed.name, migrationsDir);
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, MIGRATION_FILE_NAME), script, "utf8");
  const lockfile = path.join(migrationsDir, LOCKFILE_NAME);
  if (!existsSync(lockfile)) await writeFile(lockfile, LOCKFILE_CONTENT, "utf8");

  console.log(`wrote ${path.relative(process.cwd(), path.join(migrationsDir, folder, MIGRATION_FILE_NAME))}`);
  console.log("review it, then apply it with: npm run db:migrate");
}

runScript("db:migration", main);
