// Engine wiring against an in-memory fake of the Meilisearch HTTP API (no server here): the
// write sequences, the request bodies and failure handling. Search quality, typo tolerance,
// synonyms and the rest are checked against a real server by meilisearch-engine.int.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { searchAccessFilter } from "../access-filter";
import type { SearchDocument, SearchRequest } from "../types";
import { createMeilisearchEngine } from "./meilisearch-engine";
import { indexSettings, MAX_TOTAL_HITS } from "./settings";
import { MeilisearchTaskError } from "./tasks";
import { searchDocument } from "./testing-documents";
import { FakeMeilisearch } from "./testing-fake-server";

let server: FakeMeilisearch;
const engine = () => createMeilisearchEngine({ host: "http://meili.test", indexPrefix: "unit", taskTimeoutMs: 1_000 });
const request: SearchRequest = { q: "port", filters: { tag: ['x" OR visibility = "ORGANIZATION'] }, sort: "relevance", page: 1, pageSize: 20 };

async function* batches(...groups: SearchDocument[][]): AsyncIterable<SearchDocument[]> {
  yield* groups;
}

beforeEach(() => {
  server = new FakeMeilisearch();
  vi.stubGlobal("fetch", server.fetch);
});
afterEach(() => vi.unstubAllGlobals());

describe("reconcile", () => {
  it("creates the index, applies the settings, and does nothing the second time", async () => {
    await engine().reconcile();
    expect(server.indexes.get("unit-documents")?.settings).toEqual(indexSettings());
    const writes = server.requests.length;
    await engine().reconcile();
    expect(server.requests.slice(writes).map((r) => r.method)).toEqual(["GET", "GET"]);
  });

  it("upgrades an index whose text was not localized: only the changed setting is sent", async () => {
    const old = { ...indexSettings(), localizedAttributes: [{ attributePatterns: ["*"], locales: ["eng", "spa"] }] };
    server.indexes.set("unit-documents", { settings: old, docs: new Map() });
    await engine().reconcile();
    const updates = server.requests.filter((r) => r.method === "PATCH" && r.path.endsWith("/settings"));
    expect(updates.map((r) => r.body)).toEqual([{ localizedAttributes: indexSettings().localizedAttributes }]);
    expect(server.indexes.get("unit-documents")!.settings).toEqual(indexSettings());
  });

  it("throws the task's error when the settings update fails", async () => {
    server.failNext = { type: "settingsUpdate", code: "invalid_settings_typo_tolerance" };
    await expect(engine().reconcile()).rejects.toThrow(/ended failed: invalid_settings_typo_tolerance/);
  });
});

describe("writes", () => {
  it("upserts records and removes them by id", async () => {
    await engine().reconcile();
    await engine().upsert([searchDocument("d1"), searchDocument("d2", { language: "es", title: "Lavado" })]);
    expect([...server.indexes.get("unit-documents")!.docs.keys()]).toEqual(["d1", "d2"]);
    expect(server.indexes.get("unit-documents")!.docs.get("d2")).toMatchObject({ title: { es: "Lavado" }, language: "es" });
    await engine().remove(["d1"]);
    expect((await engine().stats()).documents).toBe(1);
  });

  it("fails loudly when Meilisearch rejects the documents", async () => {
    await engine().reconcile();
    server.failNext = { type: "documentAdditionOrUpdate", code: "invalid_document_id" };
    await expect(engine().upsert([searchDocument("d1")])).rejects.toBeInstanceOf(MeilisearchTaskError);
  });

  it("reports no documents before the index exists", async () => {
    expect(await engine().stats()).toEqual({ engine: "meilisearch", documents: 0 });
  });
});

describe("search", () => {
  beforeEach(async () => {
    await engine().reconcile();
    server.requests.length = 0;
  });

  it("sends the permission filter ANDed with the user's filters, the malicious tag quoted", async () => {
    server.searchResponse = { hits: [], totalHits: 0, facetDistribution: {} };
    await engine().search(request, searchAccessFilter({ kind: "anonymous" }, 1000));
    // The tag facet is filtered on, so the search is a multi-search whose first query is the main one.
    const body = (server.requests.at(-1)!.body as { queries: Record<string, unknown>[] }).queries[0]!;
    expect(body.q).toBe("port");
    expect(body.filter).toBe(
      '((visibility IN ["PUBLIC"] AND ((embargoUntil IS NULL OR embargoUntil NOT EXISTS) OR embargoUntil <= 1000)) AND tags IN ["x\\" OR visibility = \\"ORGANIZATION"])',
    );
  });

  it("counts each filtered facet in its own query of the same multi-search, without its own filter", async () => {
    server.searchResponse = { hits: [], totalHits: 3, facetDistribution: { type: { REPORT: 3 }, tags: { a: 3 }, language: { en: 2, es: 1 } } };
    server.facetResponses = [{ hits: [], totalHits: 9, facetDistribution: { type: { REPORT: 3, RESEARCH: 6 } } }];
    const result = await engine().search({ ...request, filters: { type: ["REPORT"] } }, { field: "visibility", in: ["PUBLIC"] });
    const { path, body } = server.requests.at(-1)! as { path: string; body: { queries: Record<string, unknown>[] } };
    expect(path).toBe("/multi-search");
    expect(body.queries.map((q) => q.filter)).toEqual(['(visibility IN ["PUBLIC"] AND type IN ["REPORT"])', 'visibility IN ["PUBLIC"]']);
    expect(body.queries[1]).toMatchObject({ indexUid: "unit-documents", q: "port", hitsPerPage: 0, facets: ["type"] });
    expect(result.total).toBe(3);
    expect(result.facets.type).toEqual([{ value: "RESEARCH", count: 6 }, { value: "REPORT", count: 3 }]);
    expect(result.facets.language).toEqual([{ value: "en", count: 2 }, { value: "es", count: 1 }]);
  });

  it("restricts every query of a search within given documents to them, permission filter kept", async () => {
    await engine().search({ ...request, filters: { type: ["REPORT"] }, within: ["d1", "d2"] }, { field: "visibility", in: ["PUBLIC"] });
    const { body } = server.requests.at(-1)! as { body: { queries: Record<string, unknown>[] } };
    const scope = '(visibility IN ["PUBLIC"] AND id IN ["d1", "d2"])';
    // The main query and the type facet's own count (without the type filter) alike.
    expect(body.queries.map((q) => q.filter)).toEqual([`(${scope} AND type IN ["REPORT"])`, scope]);
    expect(body.queries[0]).not.toHaveProperty("within");
  });

  it("does not ask Meilisearch for a search within no documents", async () => {
    const result = await engine().search({ ...request, within: [] }, true);
    expect(result).toMatchObject({ hits: [], total: 0, correctedQuery: null });
    expect(Object.values(result.facets).flat()).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it("passes phrases and exclusions through untouched", async () => {
    await engine().search({ ...request, q: '"port security" -cartagena', filters: {} }, true);
    expect((server.requests.at(-1)!.body as { q: string }).q).toBe('"port security" -cartagena');
  });

  it("sends no invisible characters, and a query of only operators as no query (newest first)", async () => {
    const sent = () => server.requests.at(-1)!.body as { q: string; sort?: string[] };
    await engine().search({ ...request, q: "\u202eport\u0000s\ud800 cus\u0085toms", filters: {} }, true);
    expect(sent().q).toBe("ports customs");
    for (const q of ["-", "(((", '"', "+ | !"]) {
      const result = await engine().search({ ...request, q, filters: {} }, true);
      expect(sent(), q).toMatchObject({ q: "", sort: ["date:desc"] });
      expect(result.correctedQuery, q).toBeNull();
    }
    await engine().suggest("po\u0000r", true, 5);
    expect(sent().q).toBe("por");
  });

  it("does not ask Meilisearch when the viewer may read nothing", async () => {
    const result = await engine().search(request, false);
    expect(result).toMatchObject({ hits: [], total: 0, correctedQuery: null });
    expect(await engine().suggest("por", false, 5)).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  it("maps hits, the exact total, facets, and searches the typo's correction instead", async () => {
    server.searchResponse = {
      hits: [{ id: "d1", slug: "s", title: { en: "Port security" }, type: "REPORT", language: "en", year: 2024, focusAreas: [], attachmentRefs: [],
        _formatted: { title: { en: "Port \uE000security\uE001" }, summary: { en: "On \uE000security\uE001 & ports" } }, _rankingScore: 0.9 }],
      totalHits: 41, facetDistribution: { type: { REPORT: 41 } },
    };
    const result = await engine().search({ ...request, q: "securty", filters: {} }, true);
    expect(result.total).toBe(41);
    expect(result.totalIsEstimate).toBe(false);
    expect(result.hits[0]).toMatchObject({ id: "d1", title: "Port security", snippet: "On <mark>security</mark> &amp; ports", attachment: null, score: 0.9 });
    expect(result.facets.type).toEqual([{ value: "REPORT", count: 41 }]);
    expect(result.correctedQuery).toBe("security");
    expect(server.requests.filter((r) => r.path.endsWith("/search")).map((r) => (r.body as { q: string }).q)).toEqual(["securty", "security"]);
  });

  it("asks for exhaustive counts, in no one language, and says when the count reached maxTotalHits", async () => {
    server.searchResponse = { hits: [], totalHits: MAX_TOTAL_HITS, facetDistribution: {} };
    const result = await engine().search({ ...request, filters: {} }, true);
    expect(result).toMatchObject({ total: MAX_TOTAL_HITS, totalIsEstimate: true });
    const sent = server.requests.at(-1)!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ page: 1, hitsPerPage: 20 });
    expect(sent).not.toHaveProperty("locales");
  });

  it("searches the words as typed, as one-word phrases, when told to", async () => {
    server.searchResponse = { hits: [], totalHits: 0, facetDistribution: {} };
    const result = await engine().search({ ...request, q: 'securty "port state" -x', filters: {}, verbatim: true }, true);
    expect(result.correctedQuery).toBeNull();
    expect((server.requests.at(-1)!.body as { q: string }).q).toBe('"securty" "port state" -x');
  });

  it("completes from the titles and tags of the readable matches", async () => {
    // The second record was written before the text was localized: its title is still plain.
    server.searchResponse = { hits: [{ title: { en: "Port security in Cartagena" }, tags: ["ports", "customs"], language: "en" }, { title: "Seguridad portuaria", tags: [], language: "es" }], totalHits: 2 };
    expect(await engine().suggest("port", { field: "visibility", in: ["PUBLIC"] }, 5)).toEqual(["ports", "Seguridad portuaria", "Port security in Cartagena"]);
    expect(server.requests.at(-1)!.body).toMatchObject({ q: "port", filter: 'visibility IN ["PUBLIC"]', attributesToSearchOn: ["title", "tags"] });
    expect(await engine().suggest("p", true, 5)).toEqual([]);
  });
});

describe("rebuild", () => {
  it("fills a fresh index, swaps it in and deletes the old data", async () => {
    await engine().reconcile();
    await engine().upsert([searchDocument("old")]);
    const result = await engine().rebuild(batches([searchDocument("n1"), searchDocument("n2")], [searchDocument("n3")]));
    expect(result).toEqual({ documents: 3 });
    expect([...server.indexes.keys()]).toEqual(["unit-documents"]);
    const live = server.indexes.get("unit-documents")!;
    expect([...live.docs.keys()]).toEqual(["n1", "n2", "n3"]);
    expect(live.settings).toEqual(indexSettings());
  });

  it("creates the live index on a first rebuild and removes leftovers of crashed ones", async () => {
    server.indexes.set("unit-documents-1", { settings: {}, docs: new Map() });
    await engine().rebuild(batches([searchDocument("n1")]));
    expect([...server.indexes.keys()]).toEqual(["unit-documents"]);
  });

  it("deletes the fresh index and keeps the live one when a batch fails", async () => {
    await engine().reconcile();
    await engine().upsert([searchDocument("old")]);
    server.failNext = { type: "documentAdditionOrUpdate", code: "invalid_document_id" };
    await expect(engine().rebuild(batches([searchDocument("n1")]))).rejects.toThrow(/invalid_document_id/);
    expect([...server.indexes.keys()]).toEqual(["unit-documents"]);
    expect([...server.indexes.get("unit-documents")!.docs.keys()]).toEqual(["old"]);
  });
});
