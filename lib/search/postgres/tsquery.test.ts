import { describe, expect, it } from "vitest";
import { parseQuery } from "../query-parser";
import { buildTsquery, queryClauses } from "./tsquery";

describe("queryClauses", () => {
  it("makes one clause per word, the last one also continued as a prefix", () => {
    const { wanted, required } = queryClauses(parseQuery("crop substitu"));
    expect(wanted.map((c) => [c.text, c.alternatives.length])).toEqual([["crop", 1], ["substitu", 2]]);
    expect(required).toEqual([]);
    expect(wanted[1]!.alternatives[1]!.en.values).toContain("substitu:*");
    expect(wanted[1]!.alternatives[1]!.es.values).toContain("substitu:*");
  });

  it("keeps a word and its corrections in one clause, so a misspelling is scored once", () => {
    const { wanted } = queryClauses(parseQuery("laundring "), [{ word: "laundring", replacement: "laundering" }]);
    expect(wanted).toHaveLength(1);
    expect(wanted[0]!.alternatives.flatMap((a) => a.en.values)).toEqual(expect.arrayContaining(["laundring", "laundering"]));
  });

  it("adds the other phrases of a synonym group as clauses of their own", () => {
    const { wanted } = queryClauses(parseQuery("lavado de activos "));
    expect(wanted.map((c) => c.text)).toEqual(expect.arrayContaining(["lavado", "activos", "money laundering", "blanqueo de capitales"]));
  });

  it("requires quoted phrases (with their synonyms) and has nothing to rank for exclusions alone", () => {
    const { required } = queryClauses(parseQuery('"money laundering" ports'));
    expect(required[0]!.map((c) => c.text)).toEqual(expect.arrayContaining(["money laundering", "lavado de activos"]));
    expect(queryClauses(parseQuery("-ports")).wanted).toEqual([]);
    expect(buildTsquery(parseQuery("-ports"))?.en.values).toEqual(["ports", "ports"]);
    expect(buildTsquery(parseQuery("   "))).toBeNull();
  });
});

describe("per document language", () => {
  it("analyses each word with the stems of the document's language and the exact words", () => {
    const [word] = queryClauses(parseQuery("activos ")).wanted;
    expect(word!.query.en.sql).toContain("'puente_en'");
    expect(word!.query.en.sql).not.toContain("'puente_es'");
    expect(word!.query.es.sql).toContain("'puente_es'");
    expect(word!.query.es.sql).not.toContain("'puente_en'");
    for (const l of ["en", "es"] as const) expect(word!.query[l].sql).toContain("'puente_simple'");
  });
});

describe("function words and concepts", () => {
  it("leaves function words of either language out of the words, but not out of phrases", () => {
    const { wanted, required } = queryClauses(parseQuery('the cost of lavado de activos "rule of law"'));
    const words = wanted.filter((c) => c.concepts.length === 1 && !c.text.includes(" ")).map((c) => c.text);
    expect(words).toEqual(["cost", "lavado", "activos"]);
    expect(required[0]!.map((c) => c.text)).toContain("rule of law");
    expect(queryClauses(parseQuery("coca de")).wanted.every((c) => c.alternatives.length === 1)).toBe(true);
  });

  it("gives a synonym the concepts of the words it stands for, and a required phrase its own", () => {
    const { wanted, required } = queryClauses(parseQuery('ports lavado de activos "crop substitution"'));
    const byText = new Map(wanted.map((c) => [c.text, c.concepts]));
    expect(byText.get("ports")).toEqual([0]);
    expect(byText.get("lavado")).toEqual([1]);
    expect(byText.get("activos")).toEqual([2]);
    expect(byText.get("money laundering")).toEqual([1, 2]);
    expect(required[0]!.every((c) => c.concepts[0] === 3)).toBe(true);
  });
});
