import { describe, expect, it } from "vitest";
import { foldWord, parseQuery } from "./query-parser";

describe("parseQuery", () => {
  it("separates words, phrases, exclusions and the prefix being typed", () => {
    expect(parseQuery('lavado de activos "puertos del pacífico" -minería cult')).toEqual({
      terms: ["lavado", "de", "activos", "cult"], phrases: ["puertos del pacífico"], exclusions: ["minería"], prefix: "cult",
    });
    expect(parseQuery("crop substitution ").prefix).toBeNull();
    expect(parseQuery('"open phrase').phrases).toEqual(["open phrase"]);
    expect(parseQuery('-"exact out" x').exclusions).toEqual(["exact out"]);
  });

  it("drops punctuation and empty parts and keeps query syntax out of words", () => {
    expect(parseQuery("  ¿qué?  (T-MEC) & | ! - \"\" ")).toEqual({ terms: ["qué", "T-MEC"], phrases: [], exclusions: [], prefix: null });
    expect(parseQuery("a:* & b").terms).toEqual(["a", "b"]);
  });

  it("caps the number of parts", () => {
    expect(parseQuery("w ".repeat(100)).terms).toHaveLength(32);
  });
});

describe("foldWord", () => {
  it("removes accents and case", () => {
    expect(foldWord("Educación")).toBe("educacion");
    expect(foldWord("NARCOTRÁFICO")).toBe("narcotrafico");
  });
});
