import { describe, expect, it } from "vitest";
import type { SearchRequest } from "../types";
import { POST, PRE } from "./highlight";
import { buildSearchParams, completionParams, MAX_PAGE_SIZE } from "./search-params";

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({ q: "port security", filters: {}, sort: "relevance", page: 1, pageSize: 20, ...overrides });

describe("buildSearchParams", () => {
  it("asks for exact totals (page mode), every facet, and placeholder highlight tags", () => {
    const params = buildSearchParams(request({ page: 3, pageSize: 10 }), 'visibility IN ["PUBLIC"]');
    expect(params).toMatchObject({ page: 3, hitsPerPage: 10, filter: 'visibility IN ["PUBLIC"]', highlightPreTag: PRE, highlightPostTag: POST, matchingStrategy: "last" });
    expect(params.facets).toEqual(["focusAreaSlugs", "type", "countries", "sectors", "language", "year", "organizationSlug", "tags"]);
    expect(params).not.toHaveProperty("offset");
    expect(params).not.toHaveProperty("limit");
  });

  it("sends no filter for a viewer who may read everything", () => {
    expect(buildSearchParams(request(), true).filter).toBeUndefined();
  });

  it("sorts by date for newest, and for an empty query", () => {
    expect(buildSearchParams(request({ sort: "newest" }), true).sort).toEqual(["date:desc"]);
    expect(buildSearchParams(request({ q: "  " }), true).sort).toEqual(["date:desc"]);
    expect(buildSearchParams(request(), true).sort).toBeUndefined();
  });

  it("retrieves small fields only: attachment text comes back cropped in _formatted", () => {
    const params = buildSearchParams(request(), true);
    expect(params.attributesToRetrieve).not.toContain("body");
    expect(params.attributesToRetrieve.some((a) => a.startsWith("attachmentText"))).toBe(false);
    expect(params.attributesToCrop).toEqual(expect.arrayContaining(["summary", "body", "attachmentText0"]));
  });

  it("keeps page numbers and sizes in range", () => {
    expect(buildSearchParams(request({ page: 0, pageSize: 1000 }), true)).toMatchObject({ page: 1, hitsPerPage: MAX_PAGE_SIZE });
  });
});

describe("completionParams", () => {
  it("searches titles and tags of readable documents", () => {
    expect(completionParams('visibility IN ["PUBLIC"]', 50)).toMatchObject({
      filter: 'visibility IN ["PUBLIC"]', limit: 50, attributesToSearchOn: ["title", "tags"], attributesToRetrieve: ["title", "tags", "language"],
    });
  });
});
