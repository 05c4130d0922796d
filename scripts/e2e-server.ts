// Playwright's web server: the production build against a throwaway PostgreSQL database
// (created, migrated and seeded here, dropped on exit), so browser tests never touch a
// developer's data. Playwright stops it with SIGTERM when the run ends.
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../lib/db/client";
import { loadEnv } from "../lib/env";
import { createTestDatabase } from "../lib/testing/test-database";
import { seedDatabase } from "../prisma/seed/seed";
import { buildIfNeeded } from "./lib/build";
import { spawnNext, waitForExit } from "./lib/next-process";

async function main(): Promise<void> {
  const env = loadEnv();
  await buildIfNeeded(process.cwd());
  const database = await createTestDatabase();
  process.once("exit", () => database.dropSync());
  const db = createPrismaClient(database.url, { max: 2 });
  await seedDatabase(db);
  await db.$disconnect();

  const app = spawnNext(["start", "--port", String(env.PORT), "--hostname", "127.0.0.1"], {
    ...process.env,
    DATABASE_URL: database.url,
    PUENTE_ENV: "test",
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
