import { describe, expect, it } from "vitest";
import { DOCUMENTS_MAX_PAGE, parseBrowseFilters, slugSchema } from "./browse";

describe("parseBrowseFilters", () => {
  it("reads valid filters", () => {
    expect(parseBrowseFilters({ type: "REPORT", year: "2023", country: "CO", page: "2" })).toEqual({
      type: "REPORT",
      year: 2023,
      country: "CO",
      page: 2,
    });
  });

  it("drops invalid values instead of failing", () => {
    expect(parseBrowseFilters({ type: "POEM", year: "twenty", country: "ZZ", page: "-3" })).toEqual({
      type: undefined,
      year: undefined,
      country: undefined,
      page: 1,
    });
  });

  it("takes the first of repeated parameters and ignores blanks", () => {
    expect(parseBrowseFilters({ type: ["RESEARCH", "REPORT"], year: "", page: undefined })).toMatchObject({
      type: "RESEARCH",
      year: undefined,
      page: 1,
    });
  });

  it("caps the page number (the list then shows its last page)", () => {
    expect(parseBrowseFilters({ page: "100000" }).page).toBe(DOCUMENTS_MAX_PAGE);
    for (const page of ["abc", "-1", "0", "2.5"]) expect(parseBrowseFilters({ page }).page, page).toBe(1);
  });
});

describe("slugSchema", () => {
  it("accepts kebab-case and rejects anything else", () => {
    expect(slugSchema.safeParse("crop-substitution-2021").success).toBe(true);
    for (const bad of ["", "Upper", "a--b", "-a", "a/b", "../etc", "a b", "é"]) {
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
