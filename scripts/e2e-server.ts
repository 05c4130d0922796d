// Playwright's web server: the production build against a throwaway PostgreSQL database
// (created, migrated and seeded here, dropped on exit), so browser tests never touch a
// developer's data. Playwright stops it with SIGTERM when the run ends.
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
import { spawnNext, waitForExit } from "./lib/next-process";

async function main(): Promise<void> {
  const env = loadEnv();
  await buildIfNeeded(process.cwd());
  const database = await createTestDatabase();
  // Uploaded files go to a throwaway folder too.
  const files = mkdtempSync(path.join(tmpdir(), "puente-e2e-files-"));
  process.once("exit", () => {
    database.dropSync();
    rmSync(files, { recursive: true, force: true });
  });
  const db = createPrismaClient(database.url, { max: 2 });
  // The demo attachments go where the server reads uploads from.
  await seedDatabase(db, { storage: new LocalFileStorage(files) });
  await db.$disconnect();

  const app = spawnNext(["start", "--port", String(env.PORT), "--hostname", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: database.url,
    PUENTE_ENV: "test",
    // Emailed links point where the tests open them (and never where a request's headers say).
    APP_URL: `http://127.0.0.1:${env.PORT}`,
    STORAGE_DRIVER: "local",
    STORAGE_LOCAL_DIR: files,
    // Small, so the oversized-file tests need not build 25 MB files (the limit is configurable).
    ATTACHMENT_MAX_BYTES: String(5 * 1024 * 1024),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const stop = async () => {
    if (app.exitCode === null) app.kill("SIGTERM");
    await waitForExit(app);
    await database.drop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  const code = await waitForExit(app);
  await database.drop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
