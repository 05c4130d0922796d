// Reading the search tables into a memory index: all of them (in pages, so the embedded
// database serves other statements between them), or the documents a change names.
import { Prisma } from "@/lib/generated/prisma/client";
import { indexGeneration } from "../generation";
import { PostingsStore, type ChunkRow, type EntryRow } from "./store";

type Db = Prisma.TransactionClient;

/**
 * Entries per statement. Reading a page's text vectors into postings is synchronous work, about
 * 0.5 ms per document of 500 words: at 100 per page the event loop is held about 50 ms at a time
 * (a load of 100,000 documents took 46 s in pages of 500, each holding it ~230 ms).
 */
const PAGE = 100;

const ENTRY_COLUMNS = Prisma.sql`e."documentId", e.slug, e.title, e.type::text AS type, e.language::text AS language, e.year,
  (extract(epoch FROM e.date) * 1000)::float8 AS date, e.visibility::text AS visibility, e."organizationId", e."contributorId",
  (extract(epoch FROM e."embargoUntil") * 1000)::float8 AS "embargoUntil", e."focusAreaIds", e."focusAreaSlugs", e.countries,
  e.sectors, e.tags, e."organizationSlug", e."focusAreas", e."fieldLengths", coalesce(e.tsv::text, '') AS tsv`;

async function chunksOf(db: Db, ids: string[]): Promise<Map<string, ChunkRow[]>> {
  const rows = await db.$queryRaw<ChunkRow[]>`
    SELECT id, page, "documentId", "length", coalesce(tsv::text, '') AS tsv FROM "SearchChunk" WHERE "documentId" = ANY(${ids}::text[]) ORDER BY "documentId", id`;
  const out = new Map<string, ChunkRow[]>();
  for (const row of rows) out.set(row.documentId, [...(out.get(row.documentId) ?? []), row]);
  return out;
}

/** Writes the current rows of `ids` into the store, and removes those no longer indexed. */
export async function applyDocuments(db: Db, store: PostingsStore, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += PAGE) {
    const batch = ids.slice(i, i + PAGE);
    const entries = await db.$queryRaw<EntryRow[]>`SELECT ${ENTRY_COLUMNS} FROM "SearchEntry" e WHERE e."documentId" = ANY(${batch}::text[])`;
    const chunks = await chunksOf(db, batch);
    const found = new Set(entries.map((e) => e.documentId));
    for (const id of batch) if (!found.has(id)) store.remove(id);
    for (const entry of entries) store.put(entry, chunks.get(entry.documentId) ?? []);
  }
}

/**
 * A new store with every entry, and the generation it holds at least: rows written during the
 * load may be in it already, which the changes after that generation then write again.
 */
export async function loadStore(db: Db): Promise<{ store: PostingsStore; generation: string }> {
  const generation = await indexGeneration(db);
  const store = new PostingsStore();
  let after = "";
  for (;;) {
    const entries = await db.$queryRaw<EntryRow[]>`
      SELECT ${ENTRY_COLUMNS} FROM "SearchEntry" e WHERE e."documentId" > ${after} ORDER BY e."documentId" LIMIT ${PAGE}`;
    if (entries.length === 0) break;
    const chunks = await chunksOf(db, entries.map((e) => e.documentId));
    for (const entry of entries) store.put(entry, chunks.get(entry.documentId) ?? []);
    after = entries.at(-1)!.documentId;
  }
  store.documents.trim();
  store.chunks.trim();
  return { store, generation };
}
