import { describe, expect, it } from "vitest";
import { parseSearchPageParams } from "@/lib/validation/search";
import { asTyped, correctedParts, fewerWords, hasFilters, searchHref, selectedValues, tagSearchHref, withoutFilters, withoutValue, withoutYears, withPage, withQuery, withYear } from "./search-state";

const state = (query: string) => parseSearchPageParams(new URLSearchParams(query));

describe("search state changes", () => {
  it("builds hrefs from the state", () => {
    expect(searchHref(state(""))).toBe("/search");
    expect(searchHref(state("q=coca&type=REPORT&page=2"))).toBe("/search?q=coca&type=REPORT&page=2");
  });

  it("changes the words, back to page 1, with the default sort following the words", () => {
    expect(searchHref(withQuery(state("type=REPORT&page=3"), "coca"))).toBe("/search?q=coca&type=REPORT");
    expect(withQuery(state(""), "coca").sort).toBe("relevance");
    expect(withQuery(state("q=coca"), "  ").sort).toBe("newest");
    expect(withQuery(state("q=coca&sort=newest"), "coca leaf").sort).toBe("newest");
  });

  it("searches the words as typed until they change", () => {
    const typed = asTyped(state("q=cibersegurdad&type=REPORT&page=2"));
    expect(searchHref(typed)).toBe("/search?q=cibersegurdad&verbatim=1&type=REPORT");
    expect(searchHref(withPage(typed, 2))).toBe("/search?q=cibersegurdad&verbatim=1&type=REPORT&page=2");
    expect(searchHref(withQuery(typed, "ciberseguridad"))).toBe("/search?q=ciberseguridad&type=REPORT");
    // The flag means nothing without words.
    expect(searchHref(state("verbatim=1"))).toBe("/search");
  });

  it("marks the words a correction changed", () => {
    expect(correctedParts("lavado de actvos", "lavado de activos")).toEqual([
      { text: "lavado", changed: false }, { text: " ", changed: false }, { text: "de", changed: false }, { text: " ", changed: false },
      { text: "activos", changed: true },
    ]);
    expect(correctedParts("Educacion", "educación")).toEqual([{ text: "educación", changed: false }]);
  });

  it("links a tag to the search filtered by it, which reads back as that filter alone", () => {
    expect(tagSearchHref("lavado de activos")).toBe("/search?tag=lavado+de+activos");
    expect(state("tag=lavado+de+activos")).toEqual({ q: "", filters: { tag: ["lavado de activos"] }, sort: "newest", page: 1, pageSize: 20 });
  });

  it("pages without losing anything else", () => {
    expect(searchHref(withPage(state("q=coca&area=trade&area=energy"), 2))).toBe("/search?q=coca&area=trade&area=energy&page=2");
    expect(searchHref(withPage(state("q=coca&page=2"), 1))).toBe("/search?q=coca");
  });

  it("removes one value, the years, or every filter", () => {
    const s = state("q=coca&area=trade&area=energy&tag=ports&from=2019&to=2021&sort=newest&page=2");
    expect(searchHref(withoutValue(s, "area", "trade"))).toBe("/search?q=coca&area=energy&tag=ports&from=2019&to=2021&sort=newest");
    expect(searchHref(withoutYears(s))).toBe("/search?q=coca&area=trade&area=energy&tag=ports&sort=newest");
    expect(searchHref(withoutFilters(s))).toBe("/search?q=coca&sort=newest");
    expect(searchHref(withYear(s, 2020))).toBe("/search?q=coca&area=trade&area=energy&tag=ports&from=2020&to=2020&sort=newest");
  });

  it("tells whether filters are applied and which values", () => {
    expect(hasFilters(state("q=coca&sort=newest"))).toBe(false);
    expect(hasFilters(state("from=2020"))).toBe(true);
    expect(selectedValues(state("lang=es&lang=en"), "lang")).toEqual(["es", "en"]);
    expect(selectedValues(state(""), "tag")).toEqual([]);
  });

  it("suggests fewer words by dropping the last one", () => {
    expect(fewerWords("coca crops  putumayo")).toBe("coca crops");
    expect(fewerWords("coca")).toBeNull();
    expect(fewerWords("")).toBeNull();
  });
});
