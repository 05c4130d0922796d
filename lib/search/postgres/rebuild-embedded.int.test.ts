// On the embedded database one transaction holds the only session: a rebuild in one
// transaction made every search (and page) wait for all of it. Rebuilt in short steps beside
// the live index, searches wait at most for one step. Searched with SQL alone, which needs the
// session for every statement of a search (the memory index needs it far less, and the rebuild
// then finished too soon to tell anything).
import { expect, it } from "vitest";
import { embeddedDatabaseForTests } from "@/lib/testing/embedded-database";
import { searchAccessFilter } from "../access-filter";
import type { SearchDocument } from "../types";
import { PostgresSearchEngine } from "./postgres-engine";

const embedded = embeddedDatabaseForTests({ onDisk: true });

function doc(i: number, word: string): SearchDocument {
  const body = `Report ${i} on the ${word} programme: border cooperation, customs data and port inspections in region ${i % 17}.`;
  return {
    id: `doc-${word}-${i}`, slug: `doc-${word}-${i}`, title: `${word} report ${i}`, summary: body, details: "", credits: "", body, bodyText: body,
    tags: ["bench"], focusAreas: [], organizationId: null, organization: null, contributorId: null, countries: [], sectors: [],
    type: "RESEARCH", language: "en", year: 2024, date: i, visibility: "PUBLIC", embargoUntil: null, chunks: [],
  };
}

async function* batchesOf(docs: SearchDocument[], size: number): AsyncGenerator<SearchDocument[]> {
  for (let i = 0; i < docs.length; i += size) yield docs.slice(i, i + size);
}

it("lets searches through between its steps instead of holding the database until it ends", async () => {
  const engine = new PostgresSearchEngine(embedded(), { memoryIndex: false });
  await engine.upsert([doc(0, "quokka")]);
  const anonymous = searchAccessFilter({ kind: "anonymous" });
  const search = () => engine.search({ q: "quokka", filters: {}, sort: "relevance", page: 1, pageSize: 20 }, anonymous);
  await search(); // warm

  let done = false;
  const started = performance.now();
  const rebuild = engine.rebuild(batchesOf(Array.from({ length: 800 }, (_, i) => doc(i, "quokka")), 200)).finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const t = performance.now();
    const result = await search();
    latencies.push(performance.now() - t);
    // Always a whole index: the old one (1 document) until the swap, then the new one.
    expect([1, 800]).toContain(result.total);
  }
  await rebuild;
  const rebuildMs = performance.now() - started;
  const slowest = Math.max(...latencies);
  // Many searches were answered while it ran, none waited for a large part of it.
  expect(rebuildMs).toBeGreaterThan(1000);
  expect(latencies.length).toBeGreaterThan(5);
  expect(slowest, `slowest search ${slowest.toFixed(0)} ms during a ${rebuildMs.toFixed(0)} ms rebuild`).toBeLessThan(rebuildMs / 3);
  expect((await search()).total).toBe(800);
}, 300_000);
