// Shared by search:eval and search:bench: a throwaway database (a puente_test_* database on
// the PostgreSQL server, or an embedded PGlite in a temp folder), migrated like the app's,
// and the engine under test. Everything is removed afterwards, also on error, Ctrl-C, SIGTERM
// and when npm is gone.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate/apply-migrations";
import { loadEnv } from "../../lib/env";
import { createSearchEngine } from "../../lib/search/engine-factory";
import { PostgresSearchEngine } from "../../lib/search/postgres/postgres-engine";
import type { SearchEngine } from "../../lib/search/types";
import { createTestDatabase } from "../../lib/testing/test-database";
import { onStopRequest } from "../lib/stop-signals";

/** Past this, a stop removes the files without waiting for the database to close. */
const STOP_DEADLINE_MS = 30_000;

/** The cleanup in progress (after Ctrl-C): runMain waits for it before exiting. */
let closing: Promise<void> | undefined;

export type EngineName = "postgres" | "meilisearch";
export type DbKind = "postgres" | "embedded";

export function parseArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new Error(`Unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) args.set(key, inline);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith("--")) args.set(key, argv[++i]!);
    else args.set(key, "true");
  }
  return args;
}

export function pick<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`--${name} must be one of ${allowed.join(", ")}`);
  return value as T;
}

export interface Harness {
  db: Database;
  engine: SearchEngine;
  dbLabel: string;
  close(): Promise<void>;
}

/** Where the built-in engine analyses documents' texts (the same vectors either way; the time differs). */
export type Analysis = "application" | "database";

function makeEngine(name: EngineName, db: Database, analysis: Analysis): SearchEngine {
  if (name === "postgres") return new PostgresSearchEngine(db, { memoryIndex: loadEnv().SEARCH_MEMORY_INDEX, analysis });
  if (!loadEnv().MEILI_HOST) throw new Error("--engine meilisearch needs MEILI_HOST (and MEILI_API_KEY) pointing at a Meilisearch server");
  const engine = createSearchEngine(db); // throws while the Meilisearch engine is not wired
  if (engine.name !== "meilisearch") throw new Error(`createSearchEngine returned the ${engine.name} engine, not meilisearch`);
  return engine;
}

/**
 * Loads the built-in engine's memory index (when SEARCH_MEMORY_INDEX is on), so that every
 * measured search uses it rather than the SQL that answers while it loads. Answers the time it
 * took, the megabytes its postings hold, and how much the heap grew (JavaScript objects too).
 */
export async function warmEngine(harness: Harness): Promise<{ seconds: number; postingsMb: number; heapMb: number }> {
  const start = performance.now();
  const before = process.memoryUsage();
  const bytes = harness.engine instanceof PostgresSearchEngine ? await harness.engine.warm() : 0;
  const after = process.memoryUsage();
  const heap = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  return { seconds: (performance.now() - start) / 1000, postingsMb: Math.round(bytes / 1e6), heapMb: Math.round(heap / 1e6) };
}

/** Opens a migrated throwaway database and the engine; `close` removes everything. */
export async function openHarness(engineName: EngineName, kind: DbKind, log: (s: string) => void, analysis: Analysis = "application"): Promise<Harness> {
  const cleanups: (() => Promise<void>)[] = [];
  const syncCleanups: (() => void)[] = [];
  let closed = false;
  let cleanedUp = false;
  const close = async () => {
    if (closed) return closing;
    closed = true;
    closing = (async () => {
      for (const fn of cleanups.reverse()) await fn().catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
      cleanedUp = true;
    })();
    return closing;
  };
  // SIGINT, SIGTERM (what `timeout` sends), or npm gone: remove everything, then exit. The
  // "exit" handler covers the other ways out (an uncaught error, process.exit elsewhere, a
  // database that does not close within the deadline).
  onStopRequest((reason) => {
    log(`${reason}: removing the throwaway database`);
    setTimeout(() => process.exit(130), STOP_DEADLINE_MS).unref();
    void close().finally(() => process.exit(130));
  });
  process.once("exit", () => {
    if (!cleanedUp) for (const fn of syncCleanups) fn();
  });

  try {
    let url: string;
    let dbLabel: string;
    const started = performance.now();
    if (kind === "postgres") {
      const database = await createTestDatabase(); // creates puente_test_* and applies the migrations
      cleanups.push(() => database.drop());
      syncCleanups.push(() => database.dropSync());
      url = database.url;
      dbLabel = `postgres:${database.name}`;
    } else {
      const dataDir = mkdtempSync(path.join(tmpdir(), "puente-search-eval-"));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      syncCleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
      const embedded = await startEmbeddedPostgres({ dataDir });
      cleanups.push(() => embedded.stop());
      await applyMigrations(embedded.url);
      url = embedded.url;
      dbLabel = `embedded:${dataDir}`;
    }
    log(`database ready (${dbLabel}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const db = createPrismaClient(url, { max: 2 });
    cleanups.push(() => db.$disconnect());
    const engine = makeEngine(engineName, db, analysis);
    await engine.reconcile();
    return { db, engine, dbLabel, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function* inBatches<T>(items: readonly T[], size: number): AsyncIterable<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Runs main, printing a failure as one line on stderr with exit code 1. */
export function runMain(name: string, main: () => Promise<void>): void {
  main().then(
    async () => {
      await closing;
      process.exit(process.exitCode ?? 0);
    },
    async (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      await closing;
      process.exit(1);
    },
  );
}
