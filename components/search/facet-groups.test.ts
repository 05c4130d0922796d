import { describe, expect, it } from "vitest";
import type { SearchResult } from "@/lib/search/types";
import { parseSearchPageParams } from "@/lib/validation/search";
import { buildFacetGroups, type FacetLabels, prettifySlug, valueFacets } from "./facet-groups";

const upper = (value: string) => value.toUpperCase();
const labels = Object.fromEntries(valueFacets.map((facet) => [facet, upper])) as FacetLabels;
const facets: SearchResult["facets"] = {
  focusArea: [{ value: "trade", count: 4 }, { value: "energy", count: 2 }],
  type: [{ value: "REPORT", count: 6 }],
  country: [],
  sector: [],
  language: [{ value: "es", count: 3 }],
  year: [{ value: "2024", count: 6 }],
  organization: [],
  tag: [],
};

describe("buildFacetGroups", () => {
  it("lists every value facet in order, with names, counts and URL parameters", () => {
    const groups = buildFacetGroups(facets, parseSearchPageParams({}), labels, (facet) => `legend:${facet}`);
    expect(groups.map((g) => [g.facet, g.param])).toEqual([
      ["focusArea", "area"], ["type", "type"], ["language", "lang"], ["country", "country"], ["sector", "sector"], ["organization", "org"], ["tag", "tag"],
    ]);
    expect(groups[0]).toEqual({
      facet: "focusArea",
      param: "area",
      legend: "legend:focusArea",
      options: [{ value: "trade", label: "TRADE", count: 4 }, { value: "energy", label: "ENERGY", count: 2 }],
    });
  });

  it("keeps chosen values the engine did not count, so they can be unchecked", () => {
    const groups = buildFacetGroups(facets, parseSearchPageParams({ area: ["trade", "security"], tag: "ports" }), labels, String);
    expect(groups[0]!.options.map((o) => [o.value, o.count])).toEqual([["trade", 4], ["energy", 2], ["security", null]]);
    expect(groups.find((g) => g.facet === "tag")!.options).toEqual([{ value: "ports", label: "PORTS", count: null }]);
  });
});

describe("prettifySlug", () => {
  it("turns a slug into capitalized words", () => {
    expect(prettifySlug("gulf-coast-joint-investigations-center")).toBe("Gulf Coast Joint Investigations Center");
  });
});
