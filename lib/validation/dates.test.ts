import { describe, expect, it } from "vitest";
import { isoDateSchema } from "./dates";
import { documentInputSchema } from "./document";
import { parseSearchApiParams, parseSearchPageParams } from "./search";

const codeOf = (value: unknown) => isoDateSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe("isoDateSchema", () => {
  it("accepts the days the calendar has, leap days included", () => {
    for (const date of ["2024-02-29", "2000-02-29", "2023-02-28", "2023-12-31", "1900-01-01", "2100-12-31"]) expect(codeOf(date), date).toEqual([]);
    expect(isoDateSchema.parse(" 2024-02-29 ")).toBe("2024-02-29");
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    // Date.parse("2023-02-31T00:00:00Z") is 3 March: the old check stored a shifted date.
    for (const date of ["2023-02-31", "2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00", "2023-1-1", "20230101", "2023-02-3x", "31/12/2023"]) {
      expect(codeOf(date), date).toEqual(["date_invalid"]);
    }
  });

  it("refuses years outside 1900–2100", () => {
    for (const date of ["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"]) expect(codeOf(date), date).toEqual(["date_out_of_range"]);
  });
});

describe("every date a document takes", () => {
  const base = { type: "REPORT", title: "Informe", language: "es" };
  it("is checked the same way", () => {
    for (const field of ["publicationDate", "embargoUntil", "periodStart", "periodEnd"]) {
      const result = documentInputSchema.safeParse({ ...base, [field]: "2023-02-31" });
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message]), field).toEqual([[field, "date_invalid"]]);
      expect(documentInputSchema.parse({ ...base, [field]: "2024-02-29" })[field as "publicationDate"]).toBe("2024-02-29");
    }
  });
});

describe("search year filters", () => {
  it("take four-digit years in 1900–2100, refused by the API and dropped by pages", () => {
    expect(parseSearchApiParams(new URLSearchParams("from=0000&to=2101"))).toEqual({ success: false, fieldErrors: { from: ["year_invalid"], to: ["year_invalid"] } });
    expect(parseSearchPageParams({ from: "0000", to: "2024" }).filters).toEqual({ yearTo: 2024 });
  });
});
