// A throwaway PostgreSQL database for integration tests: created with a unique puente_test_*
// name on the admin server, migrated with prisma/migrations, and dropped afterwards. The drop
// refuses any other name, so a misconfiguration can never remove a real database.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";
import { redactUrl } from "../db/migrate/adapter-sources";
import { applyMigrations } from "../db/migrate/apply-migrations";
import { loadEnv } from "../env";

export interface TestDatabase {
  name: string;
  url: string;
  /** Drops the database, closing any connection still open to it. Safe to call twice. */
  drop(): Promise<void>;
  /** The same, blocking, for a process "exit" handler, where nothing asynchronous runs. */
  dropSync(): void;
}

export interface TestDatabaseOptions {
  /** Defaults to TEST_DATABASE_ADMIN_URL (lib/env.ts). */
  adminUrl?: string;
  /** Apply prisma/migrations (default true). */
  migrate?: boolean;
}

const TEST_DATABASE_NAME = /^puente_test_[a-z0-9]+$/;

export function isTestDatabaseName(name: string): boolean {
  return TEST_DATABASE_NAME.test(name);
}

async function withAdminClient<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Integration tests need PostgreSQL running at ${redactUrl(adminUrl)} (a user allowed to CREATE DATABASE; ` +
        `set TEST_DATABASE_ADMIN_URL to use another server). Connecting failed: ${reason}`,
      { cause: error },
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (!isTestDatabaseName(name)) throw new Error(`Refusing to drop ${name}: not a puente_test_* database`);
  await withAdminClient(adminUrl, async (client) => {
    // FORCE (PostgreSQL 13+) ends connections that test workers' pools left open.
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

function dropDatabaseSync(adminUrl: string, name: string): void {
  if (!isTestDatabaseName(name)) throw new Error(`Refusing to drop ${name}: not a puente_test_* database`);
  // A child process is the only way to wait for network I/O inside an "exit" handler.
  const pgPath = createRequire(import.meta.url).resolve("pg");
  const code = `
    const pg = require(${JSON.stringify(pgPath)});
    const [url, name] = process.argv.slice(1);
    const client = new pg.Client({ connectionString: url });
    client.connect()
      .then(() => client.query('DROP DATABASE IF EXISTS "' + name + '" WITH (FORCE)'))
      .finally(() => client.end());`;
  spawnSync(process.execPath, ["-e", code, adminUrl, name], { stdio: "ignore", timeout: 15_000 });
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = options.adminUrl ?? loadEnv().TEST_DATABASE_ADMIN_URL;
  const name = `puente_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));

  let dropped: Promise<void> | undefined;
  const database: TestDatabase = {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => (dropped ??= dropDatabase(adminUrl, name)),
    dropSync: () => dropDatabaseSync(adminUrl, name),
  };
  if (options.migrate === false) return database;
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
