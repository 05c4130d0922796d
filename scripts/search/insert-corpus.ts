// search:bench-load --docs N: adds N of search:bench's generated documents to a running
// platform's database as published documents, with their outbox entries in the same
// transaction as the app's writes do, then waits until the platform's own search worker has
// indexed them all. Direct inserts, not the HTTP API: thousands of create/submit/publish
// round trips would take longer than the benchmark.
import { createPrismaClient, type Database } from "../../lib/db/client";
import { enqueueSearchSync } from "../../lib/search/outbox";
import { outboxStatus } from "../../lib/search/sync";
import type { SearchDocument } from "../../lib/search/types";
import { sleep } from "../bench/platform";
import { generator } from "./corpus";

const BATCH = 500;
const INDEX_TIMEOUT_MS = 30 * 60_000;

function documentRow(doc: SearchDocument) {
  const date = new Date(doc.date);
  return {
    id: doc.id, type: doc.type, title: doc.title, slug: doc.slug, summary: doc.summary, body: doc.body, language: doc.language,
    status: "PUBLISHED" as const,
    // The generated organizations do not exist here: their documents are for members instead.
    visibility: doc.visibility === "ORGANIZATION" ? ("MEMBERS" as const) : doc.visibility,
    countries: doc.countries, sectors: doc.sectors, tags: doc.tags,
    embargoUntil: doc.embargoUntil === null ? null : new Date(doc.embargoUntil), publicationDate: date, publishedAt: date,
  };
}

/** Inserts `count` generated documents (ids bench-0…) and returns once the search worker has applied them. */
export async function insertGeneratedDocuments(databaseUrl: string, count: number, seed: number): Promise<{ insertSeconds: number; indexSeconds: number }> {
  const db = createPrismaClient(databaseUrl, { max: 1 });
  try {
    const areaIds = new Map((await db.focusArea.findMany({ select: { id: true, slug: true } })).map((area) => [area.slug, area.id]));
    const gen = generator(seed);
    const started = performance.now();
    for (let first = 0; first < count; first += BATCH) {
      const docs = Array.from({ length: Math.min(BATCH, count - first) }, (_, i) => gen.doc(first + i));
      const links = docs.flatMap((doc) => doc.focusAreas.map((area, position) => ({ documentId: doc.id, focusAreaId: areaIds.get(area.slug)!, position })));
      await db.$transaction(async (tx) => {
        await tx.document.createMany({ data: docs.map(documentRow) });
        await tx.documentFocusArea.createMany({ data: links });
        await enqueueSearchSync(tx, docs.map((doc) => doc.id));
      });
    }
    const insertSeconds = (performance.now() - started) / 1000;
    console.error(`inserted ${count} generated documents in ${insertSeconds.toFixed(1)}s; waiting for the search worker…`);
    await waitForEmptyOutbox(db, INDEX_TIMEOUT_MS);
    return { insertSeconds, indexSeconds: (performance.now() - started) / 1000 - insertSeconds };
  } finally {
    await db.$disconnect();
  }
}

async function waitForEmptyOutbox(db: Database, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let lastReport = 0;
  for (;;) {
    const { backlog, lastError } = await outboxStatus(db);
    if (backlog === 0) return;
    // A failed entry waits for a retry with backoff: the benchmark would measure a half-indexed corpus.
    if (lastError) throw new Error(`the search worker failed to index a generated document: ${lastError}`);
    if (performance.now() > deadline) throw new Error(`the search worker still had ${backlog} entries after ${timeoutMs / 1000}s`);
    if (performance.now() - lastReport > 10_000) {
      console.error(`  outbox backlog ${backlog}`);
      lastReport = performance.now();
    }
    await sleep(500);
  }
}
