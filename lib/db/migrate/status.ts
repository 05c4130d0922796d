// Migration status from plain SQL on _prisma_migrations plus the migrations folder. Deliberately
// free of the WASM engine: the web app's /api/health imports this module.
import pg from "pg";
import { listMigrationNames } from "./migrations-folder";

export interface MigrationStatus {
  /** Migrations recorded as successfully applied (and not rolled back), oldest first. */
  applied: string[];
  /** Migrations of the folder not applied yet, including ones whose last attempt failed. */
  pending: string[];
  /** True when nothing in the folder is pending. */
  current: boolean;
}

export interface StatusOptions {
  /** Defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
}

async function appliedMigrationNames(client: pg.Client): Promise<string[]> {
  // to_regclass resolves through search_path like Prisma's own queries, and is NULL (rather
  // than an error) before the first migration has created the table.
  const exists = await client.query<{ table: string | null }>(
    `SELECT to_regclass('_prisma_migrations')::text AS "table"`,
  );
  if (!exists.rows[0]?.table) return [];
  const result = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY started_at, migration_name`,
  );
  // A migration retried after a failure has several rows; report it once.
  return [...new Set(result.rows.map((row) => row.migration_name))];
}

export async function getMigrationStatus(databaseUrl: string, options: StatusOptions = {}): Promise<MigrationStatus> {
  const inFolder = await listMigrationNames(options.migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  // A failed connection or query must not leave the client open in a long-running server.
  client.on("error", () => {});
  await client.connect();
  try {
    const applied = await appliedMigrationNames(client);
    const appliedSet = new Set(applied);
    const pending = inFolder.filter((name) => !appliedSet.has(name));
    return { applied, pending, current: pending.length === 0 };
  } finally {
    await client.end();
  }
}
