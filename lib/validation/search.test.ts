import { describe, expect, it } from "vitest";
import { parseSearchApiParams, parseSearchPageParams, SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, suggestParamsSchema, toSearchParams } from "./search";

const qs = (query: string) => new URLSearchParams(query);
const malicious = 'x" OR visibility = "ORGANIZATION';

describe("parseSearchPageParams", () => {
  it("defaults to the newest documents without a query, by relevance with one", () => {
    expect(parseSearchPageParams({})).toEqual({ q: "", filters: {}, sort: "newest", page: 1, pageSize: SEARCH_PAGE_SIZE });
    expect(parseSearchPageParams({ q: "  coca  " })).toMatchObject({ q: "coca", sort: "relevance" });
    expect(parseSearchPageParams({ q: "coca", sort: "newest" }).sort).toBe("newest");
  });

  it("reads repeated filters from records and from URLSearchParams alike", () => {
    const expected = {
      focusArea: ["security-defense", "trade"],
      type: ["REPORT"],
      country: ["CO", "REGIONAL"],
      sector: ["ACADEMIA"],
      language: ["es"],
      organization: ["southern-atlantic-university"],
      tag: ["money laundering"],
      yearFrom: 2018,
      yearTo: 2024,
    };
    const query = "area=security-defense&area=trade&type=REPORT&country=co&country=REGIONAL&sector=ACADEMIA&lang=es&org=southern-atlantic-university&tag=Money%20%20Laundering&from=2018&to=2024";
    expect(parseSearchPageParams(qs(query)).filters).toEqual(expected);
    expect(parseSearchPageParams(Object.fromEntries(qs(query).entries())).filters.focusArea).toEqual(["trade"]);
    expect(parseSearchPageParams({ area: ["security-defense", "trade", "trade"] }).filters.focusArea).toEqual(["security-defense", "trade"]);
  });

  it("drops invalid values and keeps the valid ones", () => {
    const request = parseSearchPageParams(qs("type=REPORT&type=MEMO&country=XX&area=Not%20A%20Slug&lang=fr&sector=&from=18&to=3000&sort=best&page=0&pageSize=500"));
    expect(request).toEqual({ q: "", filters: { type: ["REPORT"] }, sort: "newest", page: 1, pageSize: SEARCH_PAGE_SIZE });
    expect(parseSearchPageParams({ page: "2.5" }).page).toBe(1);
    expect(parseSearchPageParams({ page: ["3", "4"] }).page).toBe(3);
  });

  it("treats parameters named after object properties as unknown", () => {
    expect(parseSearchPageParams(qs("constructor=x&__proto__=y&toString=z&hasOwnProperty=1&q=ok"))).toMatchObject({ q: "ok", filters: {} });
    expect(parseSearchApiParams(qs("constructor=x&__proto__=y")).success).toBe(true);
  });

  it("bounds the query and reads a reversed year range as meant", () => {
    expect(parseSearchPageParams({ q: "a".repeat(300) }).q).toHaveLength(200);
    expect(parseSearchPageParams({ from: "2024", to: "2018" }).filters).toEqual({ yearFrom: 2018, yearTo: 2024 });
    expect(parseSearchPageParams({ from: "2020" }).filters).toEqual({ yearFrom: 2020 });
  });

  it("rejects a tag carrying filter syntax instead of passing it on", () => {
    expect(parseSearchPageParams({ tag: [malicious, "cocaine"] }).filters.tag).toEqual(["cocaine"]);
  });

  it("reads a query of only punctuation or operators as no query (the browse state)", () => {
    const browse = parseSearchPageParams({});
    for (const q of ["-", "*", "(((", '"', '""', "+", "|", "!", "- * ( ) \" + | ! & :", "-(", "--", "¿?", "…"]) {
      expect(parseSearchPageParams({ q }), q).toEqual(browse);
      expect(parseSearchApiParams(qs(`q=${encodeURIComponent(q)}`)), q).toEqual({ success: true, data: browse });
    }
    expect(parseSearchPageParams({ q: "-", sort: "relevance" })).toEqual({ ...browse, sort: "relevance" });
    expect(parseSearchPageParams({ q: "-coca" }).q).toBe("-coca");
    expect(parseSearchPageParams({ q: "(coca)" }).q).toBe("(coca)");
  });

  it("keeps a query with quotes as text: engines bind it, it is never syntax", () => {
    expect(parseSearchPageParams({ q: malicious }).q).toBe(malicious);
  });
});

describe("parseSearchApiParams", () => {
  it("accepts a valid query and a chosen page size", () => {
    const result = parseSearchApiParams(qs("q=illicit+finance&type=RESEARCH&pageSize=50&page=2"));
    expect(result).toEqual({
      success: true,
      data: { q: "illicit finance", filters: { type: ["RESEARCH"] }, sort: "relevance", page: 2, pageSize: 50 },
    });
  });

  it("reports each invalid parameter by name", () => {
    const result = parseSearchApiParams(qs(`type=MEMO&country=XX&tag=${encodeURIComponent(malicious)}&from=2024&to=2018&page=0&pageSize=51&sort=best&q=${"a".repeat(201)}`));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors).toEqual({
      country: ["country_invalid"], pageSize: ["page_size_invalid"], q: ["text_too_long"], sort: ["sort_invalid"], tag: ["tag_invalid"], type: ["type_invalid"],
    });
  });

  it("reads verbatim as a flag for words, refusing any other value", () => {
    expect(parseSearchApiParams(qs("q=cibersegurdad&verbatim=1"))).toMatchObject({ success: true, data: { q: "cibersegurdad", verbatim: true } });
    expect(parseSearchApiParams(qs("q=x&verbatim=false"))).toMatchObject({ success: true, data: { q: "x" } });
    expect(parseSearchApiParams(qs("q=x&verbatim=false"))).not.toHaveProperty("data.verbatim");
    expect(parseSearchApiParams(qs("verbatim=1"))).not.toHaveProperty("data.verbatim");
    expect(parseSearchApiParams(qs("q=x&verbatim=yes"))).toEqual({ success: false, fieldErrors: { verbatim: ["verbatim_invalid"] } });
    expect(parseSearchPageParams({ q: "x", verbatim: "yes" })).not.toHaveProperty("verbatim");
  });

  it("reports a reversed year range on to", () => {
    const result = parseSearchApiParams(qs("from=2024&to=2018"));
    expect(result).toEqual({ success: false, fieldErrors: { to: ["year_order"] } });
  });

  it("cleans control and bidi characters out of the query instead of refusing it", () => {
    expect(parseSearchApiParams(qs("q=abc%00def%E2%80%AE"))).toMatchObject({ success: true, data: { q: "abcdef" } });
    expect(parseSearchPageParams({ q: "abc\u0000def" }).q).toBe("abcdef");
  });
});

describe("the page parameter", () => {
  it("is read the same way by pages and the API: not a page number is 1, beyond the cap is the cap", () => {
    for (const [value, page] of [["-1", 1], ["0", 1], ["abc", 1], ["2.5", 1], ["", 1], ["7", 7], ["99999", SEARCH_MAX_PAGE], ["1".repeat(30), 1]] as const) {
      expect(parseSearchPageParams({ page: value }).page, value).toBe(page);
      expect(parseSearchApiParams(qs(`page=${value}`)), value).toMatchObject({ success: true, data: { page } });
    }
  });

  it("ignores blank and unknown parameters", () => {
    expect(parseSearchApiParams(qs("q=&type=&utm_source=mail"))).toMatchObject({ success: true, data: { q: "", filters: {} } });
  });
});

describe("suggestParamsSchema", () => {
  it("trims the prefix and bounds its length", () => {
    expect(suggestParamsSchema.parse({ q: " narc " }).q).toBe("narc");
    expect(suggestParamsSchema.safeParse({ q: "a".repeat(201) }).success).toBe(false);
  });

  // Like every query, cleaned rather than refused (lib/validation/text.ts): the engine never
  // sees them, and e2e/hostile-input.spec.ts holds the endpoint to a 200 without echoing them.
  it("strips control characters and bidi overrides before the engine sees the prefix", () => {
    expect(suggestParamsSchema.parse({ q: "na\u0000rc\u0007" }).q).toBe("narc");
    expect(suggestParamsSchema.parse({ q: "\u202Enarc\u202C \u2066coca\u2069" }).q).toBe("narc coca");
    expect(suggestParamsSchema.parse({ q: "\u202E\u0000" }).q).toBe("");
  });
});

describe("toSearchParams", () => {
  it("leaves defaults out", () => {
    expect(toSearchParams(parseSearchPageParams({})).toString()).toBe("");
    expect(toSearchParams(parseSearchPageParams({ q: "coca" })).toString()).toBe("q=coca");
    expect(toSearchParams({ q: "", filters: {}, sort: "relevance", page: 1, pageSize: SEARCH_PAGE_SIZE }).toString()).toBe("sort=relevance");
  });

  it("round-trips every parameter", () => {
    const query = "q=coca+crops&area=counternarcotics&type=REPORT&type=RESEARCH&country=CO&sector=GOVERNMENT&lang=es&org=policia-nacional&tag=alternative+development&from=2019&to=2023&sort=newest&page=3";
    const request = parseSearchPageParams(qs(query));
    expect(toSearchParams(request).toString()).toBe(query);
    expect(parseSearchPageParams(toSearchParams(request))).toEqual(request);
  });

  it("encodes values, so a quote stays inside its value", () => {
    const params = toSearchParams({ q: malicious, filters: {}, sort: "relevance", page: 1, pageSize: SEARCH_PAGE_SIZE });
    expect(params.toString()).toBe("q=x%22+OR+visibility+%3D+%22ORGANIZATION");
    expect(parseSearchPageParams(params).q).toBe(malicious);
  });
});
