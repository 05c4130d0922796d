// The statistics cache against the real database, filled past its limit. It used to be cleared
// when full between reading its hits and counting its misses, so the next search with a word
// already cached crashed ("Cannot read properties of undefined (reading 'value')"): in
// production, a search answering 500 after about a thousand distinct searches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newTag } from "@/lib/testing/accounts";
import type { Filter } from "../filter";
import { searchDocument } from "../meilisearch/testing-documents";
import { PostgresSearchEngine } from "./postgres-engine";
import { inverseDocumentFrequency, searchStatistics, STATISTICS_CACHE_ENTRIES, statisticsCacheSize } from "./statistics";
import { queryClauses } from "./tsquery";

const tag = newTag("stat");
const engine = new PostgresSearchEngine(db);
// Only this file's documents count: the permission filter is where statistics are scoped (an
// organization of this file's own, as a member of it reads them).
const access: Filter = { all: [{ field: "visibility", in: ["ORGANIZATION"] }, { field: "organizationId", in: [tag] }] };
const ownOrganization = { visibility: "ORGANIZATION" as const, organizationId: tag, tags: [tag] };
const ids = [`${tag}-a`, `${tag}-b`];

/** One clause per word (made-up words: no synonyms, no corrections). */
const clausesFor = (words: string[]) => queryClauses({ terms: words, phrases: [], exclusions: [], prefix: null }).wanted;
const clauseStatistics = async (words: string[]) => (await searchStatistics(db, clausesFor(words), access)).clauses;
const fillerWords = (from: number, count: number) => Array.from({ length: count }, (_, i) => `zqfill${from + i}x`);

beforeAll(async () => {
  await engine.upsert([
    searchDocument(ids[0]!, { title: "Quillwort survey", body: "quillwort in the wetlands", ...ownOrganization }),
    searchDocument(ids[1]!, { title: "Harbor notes", body: "containers and cranes", ...ownOrganization }),
  ]);
});
afterAll(async () => {
  await engine.remove(ids);
});

describe("clause statistics", () => {
  it("answers with the values it read and counted when the cache fills up mid-call", async () => {
    const [first] = await clauseStatistics(["quillwort"]);
    expect(first).toEqual({ idf: inverseDocumentFrequency(2, 1), useAlternatives: false });
    // Fill the cache to its limit with distinct words, in a few statements.
    const batch = 500;
    for (let n = 1; n < STATISTICS_CACHE_ENTRIES; n += batch) {
      await clauseStatistics(fillerWords(n, Math.min(batch, STATISTICS_CACHE_ENTRIES - n)));
    }
    expect(statisticsCacheSize()).toBe(STATISTICS_CACHE_ENTRIES);
    // A cached word with new ones: the new ones do not fit without making room.
    const again = await clauseStatistics(["quillwort", ...fillerWords(STATISTICS_CACHE_ENTRIES, 10)]);
    expect(again[0]).toEqual(first);
    expect(again.slice(1)).toEqual(Array(10).fill({ idf: inverseDocumentFrequency(2, 0), useAlternatives: true }));
    expect(statisticsCacheSize()).toBe(STATISTICS_CACHE_ENTRIES);
  });

  it("keeps searches answering, round after round of a full cache", async () => {
    const search = (q: string) => engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, access);
    for (let round = 0; round < 3; round++) {
      // A trailing space: the word as a whole word, the same clause as in the longer query.
      expect((await search("quillwort ")).hits.map((h) => h.id)).toEqual([ids[0]]);
      await fillToLimit();
      const result = await search(["quillwort", ...fillerWords(nextFiller, 20)].join(" "));
      nextFiller += 20;
      expect(result.hits.map((h) => h.id)).toEqual([ids[0]]);
      expect(statisticsCacheSize()).toBe(STATISTICS_CACHE_ENTRIES);
    }
  });
});

describe("after the index changes", () => {
  // Cached for a minute regardless, a publish was weighed against the collection before it,
  // and the same search gave other scores once the minute passed.
  it("weighs the next search against the index as it is now, not as it was when counted", async () => {
    const extra = `${tag}-c`;
    expect(await clauseStatistics(["quillwort"])).toEqual([{ idf: inverseDocumentFrequency(2, 1), useAlternatives: false }]);
    const averages = (await searchStatistics(db, [], access)).averages;
    await engine.upsert([searchDocument(extra, { title: "Quillwort atlas of the northern wetlands", body: "quillwort quillwort", ...ownOrganization })]);
    try {
      expect(await clauseStatistics(["quillwort"])).toEqual([{ idf: inverseDocumentFrequency(3, 2), useAlternatives: false }]);
      expect((await searchStatistics(db, [], access)).averages[0]).toBeGreaterThan(averages[0]);
    } finally {
      await engine.remove([extra]);
    }
    expect(await clauseStatistics(["quillwort"])).toEqual([{ idf: inverseDocumentFrequency(2, 1), useAlternatives: false }]);
    expect((await searchStatistics(db, [], access)).averages).toEqual(averages);
  });
});

let nextFiller = 1_000_000;
/** Distinct words until the cache is full (by the count it reports). */
async function fillToLimit() {
  while (statisticsCacheSize() < STATISTICS_CACHE_ENTRIES) {
    const count = Math.min(500, STATISTICS_CACHE_ENTRIES - statisticsCacheSize());
    await clauseStatistics(fillerWords(nextFiller, count));
    nextFiller += count;
  }
}
