// The rebuild writes beside the live index and swaps it in: searches keep answering from the
// old index while it runs (between its short transactions), the swap leaves the tables exactly
// as the migrations made them, and a failed rebuild leaves the live index untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newTag } from "@/lib/testing/accounts";
import { searchAccessFilter } from "../access-filter";
import { reindexAll } from "../reindex";
import type { SearchDocument, SearchRequest } from "../types";
import { indexGeneration } from "./generation";
import { PostgresSearchEngine } from "./postgres-engine";
import { INDEX_TABLES, REBUILD_STEP } from "./rebuild";

const tag = newTag("rb");
const engine = new PostgresSearchEngine(db);
const anonymous = searchAccessFilter({ kind: "anonymous" });

function doc(key: string, body: string): SearchDocument {
  return {
    id: `${tag}-${key}`, slug: `${tag}-${key}`, title: `${tag} ${key}`, summary: "", details: "", credits: "", body, bodyText: body, tags: [tag],
    focusAreas: [], organizationId: null, organization: null, contributorId: null, countries: [], sectors: [], type: "RESEARCH",
    language: "en", year: 2024, date: 0, visibility: "PUBLIC", embargoUntil: null, chunks: [],
  };
}

const found = async (q: string) => {
  const request: SearchRequest = { q, filters: { tag: [tag] }, sort: "relevance", page: 1, pageSize: 50 };
  return (await engine.search(request, anonymous)).total;
};

/** The index tables' indexes and constraints, by name and definition (table names left out). */
async function schemaShape() {
  const indexes = await db.$queryRaw<{ name: string; def: string }[]>`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(${[...INDEX_TABLES]}::text[]) ORDER BY 1`;
  const schemas = await db.$queryRaw<{ name: string }[]>`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'puente_search_%'`;
  return { indexes, schemas: schemas.map((s) => s.name) };
}

async function* slowBatches(docs: SearchDocument[], onBatch: () => Promise<void>): AsyncGenerator<SearchDocument[]> {
  for (let i = 0; i < docs.length; i += REBUILD_STEP * 2) {
    await onBatch();
    yield docs.slice(i, i + REBUILD_STEP * 2);
  }
}

let before: Awaited<ReturnType<typeof schemaShape>>;

beforeAll(async () => {
  before = await schemaShape();
  await engine.upsert([doc("old", "The quokkaword appears only in the old index.")]);
});

// The test's index holds only its own documents: give the next files the database's.
afterAll(async () => {
  await reindexAll(db, engine);
});

describe("rebuilding beside the live index", () => {
  it("keeps answering from the old index while it builds, then swaps the new one in", async () => {
    const fresh = Array.from({ length: REBUILD_STEP * 6 }, (_, i) => doc(`new-${i}`, `Fresh wallabyword number ${i}.`));
    const during: number[][] = [];
    const generation = Number(await indexGeneration(db));
    const rebuilt = await engine.rebuild(
      slowBatches(fresh, async () => {
        during.push([await found("quokkaword"), await found("wallabyword"), Number(await indexGeneration(db))]);
      }),
    );
    expect(rebuilt.documents).toBe(fresh.length);
    // Every search between the steps saw the old index, whole: never a half-built one, and
    // statistics cached for the old one served until the swap, which made them stale.
    expect(during.length).toBe(3);
    for (const state of during) expect(state).toEqual([1, 0, generation]);
    expect(Number(await indexGeneration(db))).toBe(generation + 1);
    expect(await found("quokkaword")).toBe(0);
    expect(await found("wallabyword")).toBe(fresh.length);
    // The new index's vocabulary is complete too: "did you mean" knows its words.
    expect((await engine.search({ q: "walabyword", filters: { tag: [tag] }, sort: "relevance", page: 1, pageSize: 5 }, anonymous)).correctedQuery).toBe("wallabyword");
  });

  it("leaves the tables exactly as the migrations named them, and no schema behind", async () => {
    expect(await schemaShape()).toEqual(before);
  });

  it("lets the newer of two rebuilds win: the older one fails and writes nothing into the live index", async () => {
    const newer = Array.from({ length: 50 }, (_, i) => doc(`newer-${i}`, `The bilbyword number ${i}.`));
    let newerRebuild: Promise<{ documents: number }> | undefined;
    async function* older(): AsyncGenerator<SearchDocument[]> {
      yield [doc("older-0", "An early numbatword.")];
      newerRebuild = engine.rebuild(slowBatches(newer, async () => {}));
      await newerRebuild;
      yield [doc("older-1", "A late numbatword.")];
    }
    await expect(engine.rebuild(older())).rejects.toThrow();
    expect((await newerRebuild!).documents).toBe(newer.length);
    expect(await found("bilbyword")).toBe(newer.length);
    expect(await found("numbatword")).toBe(0);
    // The vocabulary counts each document once: nothing of the older rebuild reached it.
    const words = await db.$queryRaw<{ n: number }[]>`SELECT coalesce(sum(documents), 0)::int AS n FROM "SearchWord" WHERE term IN ('bilbyword', 'numbatword')`;
    expect(words[0]!.n).toBe(newer.length);
    expect(await schemaShape()).toEqual(before);
  });

  it("leaves the live index untouched when the rebuild fails half way", async () => {
    const live = await found("wallabyword");
    const generation = await indexGeneration(db);
    async function* failing(): AsyncGenerator<SearchDocument[]> {
      yield [doc("half", "A halfbuilt dingoword.")];
      throw new Error("the database went away");
    }
    await expect(engine.rebuild(failing())).rejects.toThrow("the database went away");
    expect(await found("wallabyword")).toBe(live);
    expect(await found("dingoword")).toBe(0);
    expect(await indexGeneration(db)).toBe(generation);
    expect(await schemaShape()).toEqual(before);
  });
});
