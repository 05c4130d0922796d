// SearchRequest.within: internal only (no URL can set it) and an AND on the permission filter.
import { describe, expect, it } from "vitest";
import { parseSearchApiParams, parseSearchPageParams, toSearchParams } from "@/lib/validation/search";
import { searchAccessFilter } from "./access-filter";
import { matchesFilter, type Filter } from "./filter";
import { requestScope } from "./user-filters";

describe("requestScope", () => {
  const access: Filter = { field: "visibility", in: ["PUBLIC"] };

  it("is the permission filter alone without within", () => {
    expect(requestScope(access, {})).toBe(access);
  });

  it("keeps only the listed documents the viewer may read", () => {
    const scope = requestScope(searchAccessFilter({ kind: "anonymous" }, 1000), { within: ["a", "b"] });
    expect(matchesFilter(scope, { documentId: "a", visibility: "PUBLIC", embargoUntil: null })).toBe(true);
    expect(matchesFilter(scope, { documentId: "b", visibility: "ORGANIZATION", embargoUntil: null })).toBe(false);
    expect(matchesFilter(scope, { documentId: "c", visibility: "PUBLIC", embargoUntil: null })).toBe(false);
  });

  it("folds an empty list to false, whatever the viewer may read", () => {
    expect(requestScope(access, { within: [] })).toBe(false);
    expect(requestScope(true, { within: [] })).toBe(false);
  });
});

describe("within and URLs", () => {
  it("is never read from a page's or the API's parameters", () => {
    const params = new URLSearchParams([["q", "port"], ["within", "d1"], ["within[]", "d2"]]);
    expect(parseSearchPageParams(params)).not.toHaveProperty("within");
    const api = parseSearchApiParams(params);
    expect(api.success && api.data).not.toHaveProperty("within");
  });

  it("is never written into a URL", () => {
    const params = toSearchParams({ q: "port", filters: {}, sort: "relevance", page: 1, pageSize: 20, within: ["d1"] });
    expect(params.toString()).toBe("q=port");
  });
});
