import { describe, expect, it } from "vitest";
import { parseQuery } from "../query-parser";
import { buildTsquery, queryClauses } from "./tsquery";

describe("queryClauses", () => {
  it("makes one clause per word, the last one also continued as a prefix", () => {
    const { wanted, required } = queryClauses(parseQuery("crop substitu"));
    expect(wanted.map((c) => [c.text, c.alternatives.length])).toEqual([["crop", 1], ["substitu", 2]]);
    expect(required).toEqual([]);
    expect(wanted[1]!.alternatives[1]!.values).toContain("substitu:*");
  });

  it("keeps a word and its corrections in one clause, so a misspelling is scored once", () => {
    const { wanted } = queryClauses(parseQuery("laundring "), [{ word: "laundring", replacement: "laundering" }]);
    expect(wanted).toHaveLength(1);
    expect(wanted[0]!.alternatives.flatMap((a) => a.values)).toEqual(expect.arrayContaining(["laundring", "laundering"]));
  });

  it("adds the other phrases of a synonym group as clauses of their own", () => {
    const { wanted } = queryClauses(parseQuery("lavado de activos "));
    expect(wanted.map((c) => c.text)).toEqual(expect.arrayContaining(["lavado", "activos", "money laundering", "blanqueo de capitales"]));
  });

  it("requires quoted phrases (with their synonyms) and has nothing to rank for exclusions alone", () => {
    const { required } = queryClauses(parseQuery('"money laundering" ports'));
    expect(required[0]!.map((c) => c.text)).toEqual(expect.arrayContaining(["money laundering", "lavado de activos"]));
    expect(queryClauses(parseQuery("-ports")).wanted).toEqual([]);
    expect(buildTsquery(parseQuery("-ports"))?.values).toEqual(["ports", "ports"]);
    expect(buildTsquery(parseQuery("   "))).toBeNull();
  });
});
