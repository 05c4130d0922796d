// Playwright's web server: the production build against a throwaway PostgreSQL database
// (created, migrated and seeded here, dropped when it stops), so browser tests never touch a
// developer's data. Playwright stops it with SIGTERM when the run ends; it also stops when
// Playwright itself is gone, and drops the database then too.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { loadEnv } from "../lib/env";
import { LocalFileStorage } from "../lib/storage/local-storage";
import { createTestDatabase } from "../lib/testing/test-database";
import { seedDatabase } from "../prisma/seed/seed";
import { buildIfNeeded } from "./lib/build";
import { stopChildren } from "./lib/child-process";
import { onStopRequest } from "./lib/stop-signals";
import { spawnWebServer, WEB_SERVER_GRACE_MS } from "./lib/web-server";

async function main(): Promise<void> {
  const env = loadEnv(); // a bad variable stops the run here, before the build
  // Uploaded files go to a throwaway folder too.
  const files = mkdtempSync(path.join(tmpdir(), "puente-e2e-files-"));
  let creating: ReturnType<typeof createTestDatabase> | undefined;
  let stopping = false;
  const cleanUp = async () => {
    await stopChildren(WEB_SERVER_GRACE_MS);
    const database = await creating?.catch(() => undefined);
    await database?.drop();
    rmSync(files, { recursive: true, force: true });
  };
  const stop = (code: number) => {
    stopping = true;
    void cleanUp().finally(() => process.exit(code));
  };
  onStopRequest(() => stop(0), { watchParent: true });

  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  try {
    await buildIfNeeded(process.cwd());
    if (stopping) return;
    creating = createTestDatabase();
    database = await creating;
    console.log(`Browser tests use the database ${database.name} (dropped when this server stops)`);
    const db = createPrismaClient(database.url, { max: 2 });
    // The demo attachments go where the server reads uploads from.
    await seedDatabase(db, { storage: new LocalFileStorage(files) });
    await db.$disconnect();
  } catch (error) {
    if (stopping) return;
    console.error(error instanceof Error ? error.message : error);
    return stop(1);
  }
  if (stopping) return;

  const server = spawnWebServer({
    ...process.env,
    HOST: "127.0.0.1",
    DATABASE_URL: database.url,
    PUENTE_ENV: "test",
    // Emailed links point where the tests open them (and never where a request's headers say).
    APP_URL: `http://127.0.0.1:${env.PORT}`,
    STORAGE_DRIVER: "local",
    STORAGE_LOCAL_DIR: files,
    // Small, so the oversized-file tests need not build 25 MB files (the limit is configurable).
    ATTACHMENT_MAX_BYTES: String(5 * 1024 * 1024),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Immediate digests reach the mailbox within a second or two of a publish.
    DIGEST_INTERVAL_MS: "1000",
  });
  const code = await server.exited;
  if (!stopping) stop(code === 0 ? 1 : code);
}

void main();
