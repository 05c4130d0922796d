// npm start (production) and npm run dev (development).
// Without DATABASE_URL it runs the embedded PostgreSQL (PGlite) in this process, served on
// 127.0.0.1 for the web app; then it migrates, seeds an empty database, builds when the
// sources changed (in parallel with the database work) and starts Next.js. Ctrl-C stops
// the web app first, then closes the embedded database cleanly.
import type { ChildProcess } from "node:child_process";
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate/apply-migrations";
import { loadEnv, type Env } from "../lib/env";
import { createStorage } from "../lib/storage/get-storage";
import { needsSeed, seedDatabase } from "../prisma/seed/seed";
import { resolveAuthSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build";
import { embeddedDataDir } from "./lib/embedded-data-dir";
import { spawnNext, waitForExit } from "./lib/next-process";
import { waitForHttpOk } from "./lib/wait-for-http";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;

interface Database {
  url: string;
  stop(): Promise<void>;
}

async function openDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL) {
    console.log("Using the PostgreSQL server in DATABASE_URL");
    return { url: env.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = embeddedDataDir(env);
  console.log(`Starting the embedded database in ${dataDir}`);
  const embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DB_PORT });
  console.log(`Embedded database ready on 127.0.0.1:${embedded.port} (${elapsed()})`);
  return embedded;
}

async function migrateAndSeed(url: string, env: Env): Promise<void> {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")} (${elapsed()})` : "Database schema is up to date");
  if (env.SEED_DEMO_CONTENT === "never") return;
  const db = createPrismaClient(url, { max: 1 });
  try {
    if (await needsSeed(db)) {
      const result = await seedDatabase(db, { storage: createStorage(env) });
      console.log(`Seeded demo content: ${result.documents} documents, ${result.users} accounts (${elapsed()})`);
    }
  } finally {
    await db.$disconnect();
  }
}

async function build(): Promise<void> {
  if (!dev && (await buildIfNeeded(root))) console.log(`Build finished (${elapsed()})`);
}

/** The first request compiles and warms the server; make it before telling people to come in. */
async function announceWhenReady(env: Env, stillRunning: () => boolean): Promise<void> {
  const ready = await waitForHttpOk(`http://127.0.0.1:${env.PORT}/en`, { timeoutMs: 120_000, stillRunning });
  if (!ready) return;
  console.log(`\nPuente is ready at http://localhost:${env.PORT} (started in ${elapsed()})`);
  if (env.SEED_DEMO_CONTENT !== "never") {
    console.log("Demo accounts (password puente-demo-2026): admin@, reviewer@, contributor@, orgadmin@, member.a@, member.b@, member@puente.test (see README)");
  }
  console.log("Press Ctrl-C to stop.\n");
}

async function main(): Promise<void> {
  const env = loadEnv();
  const building = build();
  building.catch(() => {}); // awaited below; avoid an unhandled rejection while the database starts
  const database = await openDatabase(env);
  const running: { app?: ChildProcess; stopping?: boolean } = {};
  const shutdown = async (code: number) => {
    if (running.stopping) return;
    running.stopping = true;
    const { app } = running;
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await waitForExit(app);
    }
    await database.stop();
    console.log("Stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await migrateAndSeed(database.url, env);
    await building;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return shutdown(1);
  }
  const app = spawnNext([dev ? "dev" : "start", "--port", String(env.PORT)], {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: resolveAuthSecret(env),
  });
  running.app = app;
  void announceWhenReady(env, () => app.exitCode === null);
  await shutdown(await waitForExit(app));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
