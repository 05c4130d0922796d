// npm start (production) and npm run dev (development).
// Without DATABASE_URL it runs the embedded PostgreSQL (PGlite) in this process, served on
// 127.0.0.1 for the web app; then it migrates, seeds an empty database, builds when the
// sources changed (in parallel with the database work) and starts the web server
// (scripts/serve.ts) as a child process. SIGINT, SIGTERM or SIGHUP, to this process or to npm,
// stop the web server (killed if it takes longer than its grace period), then close the
// embedded database cleanly; the web server also stops if this process is killed.
import { createPrismaClient } from "../lib/db/client";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate/apply-migrations";
import { withMigrationLock } from "../lib/db/migrate/migration-lock";
import { EnvError, loadEnv, type Env } from "../lib/env";
import { createStorage } from "../lib/storage/get-storage";
import { ensureFocusAreas, needsSeed, seedDatabase } from "../prisma/seed/seed";
import { resolveAuthSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build";
import { stopChildren, type ManagedChild } from "./lib/child-process";
import { embeddedDataDir } from "./lib/embedded-data-dir";
import { httpOrigin, publicOrigin, reachableAddress } from "./lib/listen-address";
import { onStopRequest } from "./lib/stop-signals";
import { waitForHttpOk } from "./lib/wait-for-http";
import { spawnWebServer, WEB_SERVER_GRACE_MS } from "./lib/web-server";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
/** Past this, stopping has hung (the database does not close): exit anyway. */
const SHUTDOWN_DEADLINE_MS = 60_000;

interface Database {
  url: string;
  /** A server other instances may share (so migrating and seeding take turns), or the embedded one. */
  shared: boolean;
  stop(): Promise<void>;
}

async function openDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL) {
    console.log("Using the PostgreSQL server in DATABASE_URL");
    return { url: env.DATABASE_URL, shared: true, stop: async () => {} };
  }
  const dataDir = embeddedDataDir(env);
  console.log(`Starting the embedded database in ${dataDir}`);
  const embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DB_PORT });
  console.log(`Embedded database ready on 127.0.0.1:${embedded.port} (${elapsed()})`);
  return { url: embedded.url, shared: false, stop: () => embedded.stop() };
}

/** Migrates and seeds; on a shared server, one instance at a time (the others then find nothing to do). */
async function prepareDatabase(database: Database, env: Env): Promise<void> {
  if (!database.shared) return migrateAndSeed(database.url, env);
  const onWait = () => console.log("Another instance is migrating the database: waiting for it to finish");
  await withMigrationLock(database.url, () => migrateAndSeed(database.url, env), { onWait });
}

async function migrateAndSeed(url: string, env: Env): Promise<void> {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")} (${elapsed()})` : "Database schema is up to date");
  const db = createPrismaClient(url, { max: 1 });
  try {
    if (env.SEED_DEMO_CONTENT === "never") {
      const added = await ensureFocusAreas(db);
      if (added > 0) console.log(`Added the coalition's ${added} focus areas (no demo content: SEED_DEMO_CONTENT=never)`);
    } else if (await needsSeed(db)) {
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
async function announceWhenReady(env: Env, server: ManagedChild): Promise<void> {
  const url = `${httpOrigin(reachableAddress(env.HOST), env.PORT)}/en`;
  const ready = await waitForHttpOk(url, { timeoutMs: 120_000, stillRunning: () => server.process.exitCode === null });
  if (!ready) return;
  console.log(`\nPuente is ready at ${publicOrigin(env)} (started in ${elapsed()})`);
  if (env.SEED_DEMO_CONTENT !== "never") {
    console.log("Demo accounts (password puente-demo-2026): admin@, reviewer@, contributor@, orgadmin@, member.a@, member.b@, member@puente.test (see README)");
  }
  console.log("Press Ctrl-C to stop.\n");
}

/** The configuration, or a clean exit naming each variable to fix (no stack trace: nothing crashed). */
function configuration(): Env {
  try {
    return loadEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Puente cannot start. ${error.message}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const env = configuration();
  const building = build();
  const opening = openDatabase(env);
  // Both are awaited below; a stop request may come first and must not leave a rejection unhandled.
  building.catch(() => {});
  opening.catch(() => {});

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(`Stopping took longer than ${SHUTDOWN_DEADLINE_MS / 1000}s: exiting without closing the database.`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // The web server (or a build) first: it uses the database.
    const stopStarted = performance.now();
    await stopChildren(WEB_SERVER_GRACE_MS);
    const serverStopped = performance.now();
    const database = await opening.catch(() => undefined);
    await database?.stop();
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)}s`;
    console.log(`Stopped (web server ${seconds(stopStarted, serverStopped)}, database ${seconds(serverStopped, performance.now())}).`);
    process.exit(code);
  };
  onStopRequest((reason) => {
    console.log(`\n${reason}: stopping…`);
    void shutdown(0);
  });

  try {
    const database = await opening;
    await prepareDatabase(database, env);
    await building;
    if (stopping) return;
    const server = spawnWebServer({ ...process.env, DATABASE_URL: database.url, AUTH_SECRET: resolveAuthSecret(env) }, { dev });
    void announceWhenReady(env, server);
    const code = await server.exited;
    if (!stopping) console.error(`The web server exited (code ${code}).`);
    await shutdown(code === 0 ? 1 : code);
  } catch (error) {
    if (stopping) return;
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
