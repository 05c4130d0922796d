// SearchRequest.within against the real database: a search restricted to given documents (a
// saved-search digest asking which new documents match) returns, counts and facets only those
// of them that match and that the viewer may read; an empty list matches nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newTag } from "@/lib/testing/accounts";
import type { Viewer } from "@/lib/policies/viewer";
import { searchAccessFilter } from "../access-filter";
import type { SearchDocument, SearchRequest, SearchResult } from "../types";
import { removeTaggedEntries } from "../testing/remove-tagged";
import { PostgresSearchEngine } from "./postgres-engine";

const tag = newTag("wi");
const engine = new PostgresSearchEngine(db);
const anonymous: Viewer = { kind: "anonymous" };
const admin: Viewer = { kind: "user", id: `${tag}-admin`, role: "ADMIN", verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [] };
const id = (key: string) => `${tag}-${key}`;

function doc(key: string, overrides: Partial<SearchDocument>): SearchDocument {
  const body = `Notes on the pangolinword trade, ${key}.`;
  return {
    id: id(key), slug: id(key), title: `${tag} ${key}`, summary: "", details: "", credits: "", body, bodyText: body, tags: [tag],
    focusAreas: [], organizationId: null, organization: null, contributorId: null, countries: [], sectors: [], type: "RESEARCH",
    language: "en", year: 2024, date: 0, visibility: "PUBLIC", embargoUntil: null, chunks: [], ...overrides,
  };
}

const search = (viewer: Viewer, q: string, extra: Partial<SearchRequest> = {}) =>
  engine.search({ q, filters: { tag: [tag] }, sort: "relevance", page: 1, pageSize: 20, ...extra }, searchAccessFilter(viewer));
const ids = (result: SearchResult) => result.hits.map((h) => h.id).sort();

beforeAll(async () => {
  await engine.upsert([
    doc("a", { type: "RESEARCH" }),
    doc("b", { type: "REPORT", language: "es" }),
    doc("c", { type: "REPORT" }),
    // Matches the query too, but only its organization may read it.
    doc("hidden", { visibility: "ORGANIZATION", organizationId: `${tag}-org` }),
  ]);
});
afterAll(async () => {
  await removeTaggedEntries(db, engine, tag);
});

describe("a search within given documents", () => {
  // Both ways the engine selects matches: browsing (no query) and a scored query.
  it.each(["", "pangolinword"])("returns, counts and facets only those documents (q=%j)", async (q) => {
    expect((await search(anonymous, q)).total).toBe(3);
    const result = await search(anonymous, q, { within: [id("a"), id("b")] });
    expect(ids(result)).toEqual([id("a"), id("b")]);
    expect(result.total).toBe(2);
    expect(result.facets.type).toEqual([{ value: "REPORT", count: 1 }, { value: "RESEARCH", count: 1 }]);
    expect(result.facets.language).toEqual([{ value: "en", count: 1 }, { value: "es", count: 1 }]);
    // The tag facet is filtered on, so it is counted without the tag filter: still those two only.
    expect(result.facets.tag).toEqual([{ value: tag, count: 2 }]);
  });

  it("counts a filtered facet under the other filters and within only", async () => {
    const result = await search(anonymous, "pangolinword", { within: [id("a"), id("b")], filters: { tag: [tag], type: ["REPORT"] } });
    expect(ids(result)).toEqual([id("b")]);
    expect(result.facets.type).toEqual([{ value: "REPORT", count: 1 }, { value: "RESEARCH", count: 1 }]);
  });

  it("matches nothing with an empty list", async () => {
    for (const q of ["", "pangolinword"]) {
      const result = await search(anonymous, q, { within: [] });
      expect(result.hits, q).toEqual([]);
      expect(result.total, q).toBe(0);
      expect(Object.values(result.facets).flat(), q).toEqual([]);
    }
  });

  it("keeps the permission filter: a listed document the viewer may not read is not found", async () => {
    const within = [id("a"), id("hidden")];
    for (const q of ["", "pangolinword"]) {
      const result = await search(anonymous, q, { within });
      expect(ids(result), q).toEqual([id("a")]);
      expect(result.total, q).toBe(1);
      expect(ids(await search(admin, q, { within })), q).toEqual([id("a"), id("hidden")]);
    }
  });

  it("ignores ids of documents that are not indexed, and stays a value", async () => {
    const result = await search(anonymous, "", { within: [id("c"), "no-such-document", "x' OR TRUE --"] });
    expect(ids(result)).toEqual([id("c")]);
  });
});
