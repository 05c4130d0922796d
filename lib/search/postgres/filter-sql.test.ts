import { describe, expect, it } from "vitest";
import { filterSql } from "./filter-sql";

describe("filterSql", () => {
  it("binds every value and keeps the structure", () => {
    const sql = filterSql({
      all: [
        { field: "visibility", in: ["PUBLIC"] },
        { any: [{ field: "embargoUntil", isNull: true }, { field: "embargoUntil", lte: 1000 }] },
        { field: "tags", in: ['x" OR visibility = "ORGANIZATION'] },
        { field: "year", gte: 2020, lte: 2024 },
      ],
    });
    expect(sql.text).toBe(
      '(e."visibility"::text = ANY($1::text[]) AND (e."embargoUntil" IS NULL OR (e."embargoUntil" <= to_timestamp($2::float8 / 1000))) AND e."tags" && $3::text[] AND (e."year" >= $4 AND e."year" <= $5))',
    );
    expect(sql.values).toEqual([["PUBLIC"], 1000, ['x" OR visibility = "ORGANIZATION'], 2020, 2024]);
  });

  it("renders a restriction to documents on the entry's document id", () => {
    const sql = filterSql({ field: "documentId", in: ["d1", "d2"] });
    expect(sql.text).toBe('e."documentId"::text = ANY($1::text[])');
    expect(sql.values).toEqual([["d1", "d2"]]);
  });

  it("renders constants", () => {
    expect(filterSql(true).text).toBe("TRUE");
    expect(filterSql(false).text).toBe("FALSE");
  });
});
