import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchResult } from "@/lib/search/types";
import { GET as search } from "./route";
import { GET as suggest } from "./suggest/route";

const { viewer, searchDocuments, suggestCompletions } = vi.hoisted(() => ({
  viewer: { kind: "anonymous" } as const,
  searchDocuments: vi.fn(),
  suggestCompletions: vi.fn(),
}));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewer }));
// The page clamping (searchResultsPage) runs against the real engine in e2e/pagination.spec.ts.
vi.mock("@/lib/search/service", () => ({
  searchDocuments,
  suggestCompletions,
  searchResultsPage: async (v: unknown, request: { page: number }) => ({ request, result: await searchDocuments(v, request) }),
}));

const context = { params: Promise.resolve({}) };
const get = (handler: typeof search, query: string) => handler(new Request(`http://localhost/api/search${query}`), context);

const result: SearchResult = {
  hits: [],
  total: 45,
  totalIsEstimate: false,
  facets: { focusArea: [], type: [{ value: "REPORT", count: 45 }], country: [], sector: [], language: [], year: [], organization: [], tag: [] },
  correctedQuery: "port",
};

beforeEach(() => {
  searchDocuments.mockReset().mockResolvedValue(result);
  suggestCompletions.mockReset().mockResolvedValue(["port", "ports"]);
});

describe("GET /api/search", () => {
  it("answers a page of results for the viewer, never cached", async () => {
    const response = await get(search, "?q=prot&type=REPORT&pageSize=10&page=2");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ total: 45, totalIsEstimate: false, page: 2, pageCount: 5, hits: [], facets: result.facets, correctedQuery: "port" });
    expect(searchDocuments).toHaveBeenCalledWith(viewer, { q: "prot", filters: { type: ["REPORT"] }, sort: "relevance", page: 2, pageSize: 10 });
  });

  it("says when the total is an estimate", async () => {
    searchDocuments.mockResolvedValue({ ...result, total: 12_300, totalIsEstimate: true });
    expect(await (await get(search, "?q=port")).json()).toMatchObject({ total: 12_300, totalIsEstimate: true });
  });

  it("searches the words as typed with verbatim=1, and refuses any other value of it", async () => {
    await get(search, "?q=prot&verbatim=1");
    expect(searchDocuments).toHaveBeenCalledWith(viewer, { q: "prot", filters: {}, sort: "relevance", page: 1, pageSize: 20, verbatim: true });
    const response = await get(search, "?q=prot&verbatim=yes");
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fieldErrors)).toEqual(["verbatim"]);
    expect(searchDocuments).toHaveBeenCalledTimes(1);
  });

  it("answers 400 with the reasons for bad parameters, without searching", async () => {
    const response = await get(search, `?tag=${encodeURIComponent('x" OR visibility = "ORGANIZATION')}&from=2030&to=2020`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_query");
    expect(Object.keys(body.error.fieldErrors)).toEqual(["tag"]);
    expect(searchDocuments).not.toHaveBeenCalled();
  });
});

describe("GET /api/search/suggest", () => {
  it("answers completions, and none for an empty prefix without asking the engine", async () => {
    expect(await (await get(suggest, "?q=po")).json()).toEqual({ suggestions: ["port", "ports"] });
    expect(suggestCompletions).toHaveBeenCalledWith(viewer, "po");
    expect(await (await get(suggest, "?q=%20")).json()).toEqual({ suggestions: [] });
    expect(suggestCompletions).toHaveBeenCalledTimes(1);
  });

  it("answers 400 for an overlong prefix", async () => {
    const response = await get(suggest, `?q=${"a".repeat(201)}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fieldErrors).toEqual({ q: [{ code: "text_too_long", message: "That text is too long." }] });
  });
});
