import { describe, expect, it } from "vitest";
import { docLineSchema, documentLanguage, formatQrels, metaLanguage, parseJsonl, parseQrels, queryLineSchema } from "./collection";

describe("parseJsonl", () => {
  it("reads documents with and without a language, skipping blank lines", () => {
    const docs = parseJsonl('{"id":"1","title":"t","text":"x"}\n\n{"id":"2","title":"","text":"y","language":"es"}\n', "docs.jsonl", docLineSchema);
    expect(docs).toEqual([{ id: "1", title: "t", text: "x" }, { id: "2", title: "", text: "y", language: "es" }]);
  });
  it("names the file and the line of a document with an unknown language", () => {
    expect(() => parseJsonl('{"id":"1","text":"x"}\n\n{"id":"2","text":"y","language":"fr"}', "c/docs.jsonl", docLineSchema))
      .toThrow(/^c\/docs\.jsonl line 3: language: /);
  });
  it("names the file and the line of a line that is not JSON", () => {
    expect(() => parseJsonl('{"id":"1","text":"x"}\n{"id":', "q.jsonl", queryLineSchema)).toThrow(/^q\.jsonl line 2: not JSON/);
  });
  it("rejects a query without text or with a numeric id", () => {
    expect(() => parseJsonl('{"id":"1"}', "q.jsonl", queryLineSchema)).toThrow(/^q\.jsonl line 1: text: /);
    expect(() => parseJsonl('{"id":1,"text":"x"}', "q.jsonl", queryLineSchema)).toThrow(/^q\.jsonl line 1: id: /);
  });
  it("keeps a query's language", () => {
    expect(parseJsonl('{"id":"q","text":"hola","language":"es"}', "q.jsonl", queryLineSchema)).toEqual([{ id: "q", text: "hola", language: "es" }]);
  });
});

describe("languages", () => {
  it("takes the collection's language from meta.json as before: es, else en", () => {
    expect(metaLanguage({ language: "es" })).toBe("es");
    expect(metaLanguage({ language: "en" })).toBe("en");
    expect(metaLanguage({})).toBe("en");
  });
  it("lets a document's own language win over the collection's", () => {
    expect(documentLanguage({ id: "1", language: "es" }, "en")).toBe("es");
    expect(documentLanguage({ id: "1", language: "en" }, "es")).toBe("en");
    expect(documentLanguage({ id: "1" }, "es")).toBe("es");
  });
});

describe("qrels", () => {
  it("round-trips through formatQrels and parseQrels", () => {
    const text = "query_id\tdoc_id\trelevance\n1\ta\t3\n1\tb\t1\n2\ta\t1\n";
    const qrels = parseQrels(text);
    expect(qrels.get("1")).toEqual(new Map([["a", 3], ["b", 1]]));
    expect(formatQrels(qrels)).toBe(text);
  });
});
