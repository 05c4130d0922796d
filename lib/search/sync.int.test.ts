// The outbox after faults, against a real PostgreSQL server: entries whose batch lost its
// database connection, or whose worker crashed, are applied seconds after the database (or
// another worker) can take them again, not after a minute; and a batch that takes longer than
// the lease keeps its entries, so no second worker applies them meanwhile.
import { spawn } from "node:child_process";
import readline from "node:readline";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { loadEnv } from "@/lib/env";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { enqueueSearchSync } from "./outbox";
import { PostgresSearchEngine } from "./postgres/postgres-engine";
import { drainOutbox, processOutbox, type OutboxOptions } from "./sync";
import type { SearchDocument } from "./types";

let database: TestDatabase;
let db: Database;
let admin: pg.Client;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(100);
  }
}

let counter = 0;
async function publishedDocument(): Promise<string> {
  const doc = await db.document.create({
    data: { slug: `outbox-${++counter}`, type: "REPORT", title: `Outbox fault ${counter}`, language: "en", status: "PUBLISHED", publishedAt: new Date() },
    select: { id: true },
  });
  await db.$transaction((tx) => enqueueSearchSync(tx, [doc.id]));
  return doc.id;
}

/** Indexed, and its outbox entries gone. */
async function applied(documentId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ indexed: number; waiting: number }[]>`
    SELECT (SELECT count(*)::int FROM "SearchEntry" WHERE "documentId" = ${documentId}) AS indexed,
           (SELECT count(*)::int FROM "SearchOutbox" WHERE "documentId" = ${documentId}) AS waiting`;
  return row!.indexed === 1 && row!.waiting === 0;
}

/** The worker's loop (lib/search/worker.ts), on this test's database: drain, wait, again. */
function startWorker(engine: PostgresSearchEngine, options?: OutboxOptions): () => Promise<void> {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await drainOutbox(db, engine, options).catch(() => {});
      await sleep(250);
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient(database.url, { max: 4 });
  admin = new pg.Client({ connectionString: loadEnv().TEST_DATABASE_ADMIN_URL });
  await admin.connect();
});
afterAll(async () => {
  await admin?.query(`ALTER DATABASE "${database.name}" WITH ALLOW_CONNECTIONS true`).catch(() => {});
  await admin?.end();
  await db?.$disconnect();
  await database?.drop();
});

describe("after a database fault", () => {
  it("applies a batch whose connection was terminated within seconds of the database coming back", async () => {
    const documentId = await publishedDocument();
    // Earlier failures would make a document error wait minutes; a connection fault is retried at once.
    await db.searchOutbox.updateMany({ where: { documentId }, data: { attempts: 8 } });
    // The engine's first upsert holds a database connection until an administrator ends it.
    let first = true;
    class EngineCutOff extends PostgresSearchEngine {
      override async upsert(documents: SearchDocument[]) {
        if (first) {
          first = false;
          await db.$executeRaw`SELECT pg_sleep(60)`;
        }
        return super.upsert(documents);
      }
    }
    const stop = startWorker(new EngineCutOff(db));
    try {
      const sleeping = async () => (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep(60)%'`, [database.name])).rowCount! > 0;
      await waitFor(sleeping, 20_000, "the batch to reach the engine");
      // The database goes away for three seconds: every connection ends, none can open.
      await admin.query(`ALTER DATABASE "${database.name}" WITH ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database.name]);
      await sleep(3_000);
      await admin.query(`ALTER DATABASE "${database.name}" WITH ALLOW_CONNECTIONS true`);
      const back = Date.now();
      await waitFor(() => applied(documentId), 20_000, "the entry to be applied");
      expect(Date.now() - back).toBeLessThan(8_000);
    } finally {
      await stop();
    }
  });

  it("applies the entries of a worker that crashed mid-batch as soon as its short lease runs out", async () => {
    const documentId = await publishedDocument();
    const child = spawn(process.execPath, ["--import", "tsx", "lib/search/testing/claim-and-hang.ts", database.url], { stdio: ["ignore", "pipe", "inherit"] });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      child.once("exit", () => reject(new Error("the crashing worker exited before claiming")));
      readline.createInterface({ input: child.stdout! }).once("line", () => resolve());
    });
    child.kill("SIGKILL");
    await exited;
    const crashed = Date.now();
    const stop = startWorker(new PostgresSearchEngine(db));
    try {
      await waitFor(() => applied(documentId), 40_000, "the entry to be applied");
      // The lease (10 s) held, then ran out: seconds, not a minute.
      expect(Date.now() - crashed).toBeLessThan(20_000);
    } finally {
      await stop();
    }
  });
});

describe("a batch that takes longer than its lease", () => {
  it("renews the lease, so no other worker takes its entries meanwhile, and keeps the lease short", async () => {
    const documentId = await publishedDocument();
    const options = { leaseSeconds: 3, renewEveryMs: 500 };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let working = false;
    class SlowEngine extends PostgresSearchEngine {
      override async upsert(documents: SearchDocument[]) {
        working = true;
        await gate;
        return super.upsert(documents);
      }
    }
    let taken = 0;
    class OtherWorkerEngine extends PostgresSearchEngine {
      override async upsert(documents: SearchDocument[]) {
        taken += documents.length;
        return super.upsert(documents);
      }
    }
    const batch = processOutbox(db, new SlowEngine(db), options);
    await waitFor(() => working, 20_000, "the batch to reach the engine");
    const leaseAhead: number[] = [];
    // Twice the lease: without renewal, the other worker would take the entry half-way.
    for (const until = Date.now() + 6_000; Date.now() < until; await sleep(300)) {
      expect(await processOutbox(db, new OtherWorkerEngine(db), options)).toEqual({ applied: 0, failed: 0 });
      const [row] = await db.$queryRaw<{ ahead: number }[]>`SELECT extract(epoch FROM "availableAt" - now())::float AS ahead FROM "SearchOutbox" WHERE "documentId" = ${documentId}`;
      leaseAhead.push(row!.ahead);
    }
    release();
    expect(await batch).toEqual({ applied: 1, failed: 0 });
    expect(taken).toBe(0);
    expect(await applied(documentId)).toBe(true);
    // Always held, never for long: a crash would free it within the lease.
    expect(Math.min(...leaseAhead)).toBeGreaterThan(0);
    expect(Math.max(...leaseAhead)).toBeLessThanOrEqual(options.leaseSeconds + 0.5);
  });
});
