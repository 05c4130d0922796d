// A migrated embedded database (PGlite, the engine a fresh machine runs) for the integration
// tests that must hold the application to it as well as to the PostgreSQL server: started
// before the file's tests, closed (and its folder removed) after them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";

/**
 * Registers the database's start and stop; the answer gives its client once started.
 * `onDisk`: in a temporary folder, as the app keeps it, rather than in memory.
 */
export function embeddedDatabaseForTests({ onDisk = false }: { onDisk?: boolean } = {}): () => Database {
  let dataDir: string | undefined;
  let embedded: EmbeddedPostgres | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    dataDir = onDisk ? mkdtempSync(path.join(tmpdir(), "puente-embedded-test-")) : undefined;
    embedded = await startEmbeddedPostgres(dataDir ? { dataDir } : undefined);
    await applyMigrations(embedded.url);
    db = createPrismaClient(embedded.url, { max: 2 });
  }, 120_000);
  afterAll(async () => {
    await db?.$disconnect();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!db) throw new Error("the embedded database is not started yet");
    return db;
  };
}
