// Rebuilds the search index from the database (npm run search:reindex, the admin page): every
// published document, in batches, through the same builder the outbox worker uses. Entries
// written before the rebuild began are covered by it and dropped; later ones still apply.
import type { Database } from "@/lib/db/client";
import { buildSearchDocuments } from "./document-builder";
import type { SearchDocument, SearchEngine } from "./types";

const BATCH = 500;

async function* publishedBatches(db: Database): AsyncGenerator<SearchDocument[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.document.findMany({
      where: { status: "PUBLISHED", ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (rows.length === 0) return;
    cursor = rows.at(-1)!.id;
    yield buildSearchDocuments(db, rows.map((r) => r.id));
  }
}

export async function reindexAll(db: Database, engine: SearchEngine): Promise<{ documents: number; ms: number }> {
  const started = Date.now();
  const before = await db.searchOutbox.aggregate({ _max: { id: true } });
  await engine.reconcile();
  const { documents } = await engine.rebuild(publishedBatches(db));
  if (before._max.id !== null) await db.searchOutbox.deleteMany({ where: { id: { lte: before._max.id } } });
  // A change the worker applied to the old index while the new one was being built would be
  // lost at the swap: apply those documents again.
  const changed = await db.document.findMany({ where: { updatedAt: { gte: new Date(started) } }, select: { id: true } });
  if (changed.length > 0) await db.searchOutbox.createMany({ data: changed.map((d) => ({ documentId: d.id })) });
  return { documents, ms: Date.now() - started };
}
