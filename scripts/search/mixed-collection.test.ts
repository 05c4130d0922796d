import { describe, expect, it } from "vitest";
import type { DocLine, QueryLine, Qrels } from "./collection";
import { buildMixedCollection, prefixId, remapJudgments, sampleIds, selectFromSource, type SourceCollection } from "./mixed-collection";

function source(name: string, language: "en" | "es", docCount: number, judgments: [string, string, number][]): SourceCollection {
  const docs: DocLine[] = Array.from({ length: docCount }, (_, i) => ({ id: String(i + 1), title: `t${i + 1}`, text: `text ${i + 1}` }));
  const queryIds = [...new Set(judgments.map(([q]) => q)), "unjudged"];
  const long: QueryLine[] = queryIds.map((id) => ({ id, text: `query ${id} in full` }));
  const qrels: Qrels = new Map();
  for (const [q, d, g] of judgments) qrels.set(q, (qrels.get(q) ?? new Map<string, number>()).set(d, g));
  return {
    name, language, docs, qrels,
    queries: { queries: long, "queries-short": long.map((q) => ({ ...q, text: "short" })), "queries-typo": long.slice(1).map((q) => ({ ...q, text: "shrot" })) },
  };
}

describe("prefixId", () => {
  it("puts the source's name in front", () => {
    expect(prefixId("cranfield", "12")).toBe("cranfield:12");
    expect(prefixId("med", "12")).not.toBe(prefixId("cranfield", "12"));
  });
});

describe("sampleIds", () => {
  const ids = Array.from({ length: 50 }, (_, i) => String(i));
  it("is the same for the same seed, whatever the input order", () => {
    const a = sampleIds(ids, 10, "s");
    expect(a).toHaveLength(10);
    expect(sampleIds([...ids].reverse(), 10, "s")).toEqual(a);
    expect(sampleIds(ids, 10, "s")).toEqual(a);
  });
  it("depends on the seed", () => {
    expect(sampleIds(ids, 10, "other")).not.toEqual(sampleIds(ids, 10, "s"));
  });
  it("returns sorted, distinct ids from the input, all of them when n is absent or too large", () => {
    const a = sampleIds(ids, 10, "s");
    expect(new Set(a).size).toBe(10);
    expect(a.every((id) => ids.includes(id))).toBe(true);
    expect([...a].sort()).toEqual(a);
    expect(sampleIds(["b", "a", "a"], undefined, "s")).toEqual(["a", "b"]);
    expect(sampleIds(["b", "a"], 5, "s")).toEqual(["a", "b"]);
    expect(sampleIds(ids, 0, "s")).toEqual([]);
  });
});

describe("remapJudgments", () => {
  it("keeps the kept queries' judgments on kept documents, with prefixed ids", () => {
    const qrels: Qrels = new Map([["1", new Map([["a", 2], ["b", 1]])], ["2", new Map([["a", 1]])], ["3", new Map([["c", 1]])]]);
    const out = remapJudgments(qrels, "src", new Set(["1", "3"]), new Set(["a", "b"]));
    expect(out).toEqual(new Map([["src:1", new Map([["src:a", 2], ["src:b", 1]])]]));
  });
});

describe("selectFromSource", () => {
  const src = source("cranfield", "en", 30, [["1", "3", 2], ["1", "4", 1], ["2", "5", 1], ["3", "6", 0], ["4", "7", 1]]);
  it("keeps every judged document of the sampled queries and fills up to the count", () => {
    const part = selectFromSource(src, { queries: 2, docs: 10 }, "s");
    expect(part.summary.queries).toBe(2);
    expect(part.docs).toHaveLength(10);
    const docIds = new Set(part.docs.map((d) => d.id));
    for (const [qid, judged] of part.qrels) {
      expect(part.queries.queries.some((q) => q.id === qid)).toBe(true);
      for (const docid of judged.keys()) expect(docIds.has(docid)).toBe(true);
    }
    expect(part.docs.every((d) => d.id.startsWith("cranfield:") && d.language === "en")).toBe(true);
  });
  it("samples only queries with a relevant document", () => {
    const part = selectFromSource(src, {}, "s");
    expect(part.queries.queries.map((q) => q.id)).toEqual(["cranfield:1", "cranfield:2", "cranfield:4"]);
    expect(part.docs).toHaveLength(30);
  });
  it("takes the same queries in every query set (a set may lack some)", () => {
    const part = selectFromSource(src, { queries: 2 }, "s");
    const ids = part.queries.queries.map((q) => q.id);
    expect(part.queries["queries-short"].map((q) => q.id)).toEqual(ids);
    expect(part.queries["queries-typo"].every((q) => ids.includes(q.id))).toBe(true);
  });
  it("is deterministic", () => {
    expect(selectFromSource(src, { queries: 2, docs: 10 }, "s")).toEqual(selectFromSource(src, { queries: 2, docs: 10 }, "s"));
  });
});

describe("buildMixedCollection", () => {
  it("puts sources of both languages together without id collisions", () => {
    const en = source("cranfield", "en", 5, [["1", "1", 1]]);
    const med = source("med", "en", 5, [["1", "1", 1]]);
    const es = source("xquad_es", "es", 3, [["q", "2", 1]]);
    const mixed = buildMixedCollection([{ source: es, plan: {} }, { source: en, plan: {} }, { source: med, plan: {} }], "s");
    expect(mixed.docs).toHaveLength(13);
    expect(mixed.docs.filter((d) => d.language === "es")).toHaveLength(3);
    expect(mixed.queries.queries.map((q) => [q.id, q.language])).toEqual([["xquad_es:q", "es"], ["cranfield:1", "en"], ["med:1", "en"]]);
    expect(mixed.qrels.get("med:1")).toEqual(new Map([["med:1", 1]]));
    expect(mixed.qrels.get("cranfield:1")).toEqual(new Map([["cranfield:1", 1]]));
  });
  it("fails when two sources have the same name", () => {
    const en = source("cranfield", "en", 2, [["1", "1", 1]]);
    expect(() => buildMixedCollection([{ source: en, plan: {} }, { source: en, plan: {} }], "s")).toThrow(/Two documents have the id cranfield:1/);
  });
});
