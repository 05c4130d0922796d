import { describe, expect, it } from "vitest";
import { foldWord, isBlankQuery, parseQuery, queryText, searchableQuery } from "./query-parser";

// The characters no query may carry to the database (the same set as lib/validation/text.ts).
const controls = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001b", "\u001f", "\u007f", "\u0080", "\u0085", "\u009b", "\u009f"];
const bidi = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
const surrogates = ["\ud800", "\udbff", "\udc00", "\udfff"];
const forbidden = [...controls, ...bidi, ...surrogates];
const allParts = (q: string) => { const p = parseQuery(q); return [...p.terms, ...p.phrases, ...p.exclusions, p.prefix ?? ""].join(" "); };

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

  it("removes NUL, other controls, lone surrogates and bidi overrides, wherever a caller got the query", () => {
    for (const char of forbidden) {
      const label = JSON.stringify(char);
      const q = `${char}lav${char}ado "de${char} activos" -min${char}ería cult${char}`;
      expect(parseQuery(q), label).toEqual({ terms: ["lavado", "cult"], phrases: ["de activos"], exclusions: ["minería"], prefix: "cult" });
      expect(allParts(q), label).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u);
      expect(searchableQuery(`port${char}s`), label).toBe("ports");
      expect(searchableQuery(char), label).toBe("");
    }
    expect(parseQuery("a\u0000b c\td").terms).toEqual(["ab", "c", "d"]);
  });

  it("never leaves half a surrogate pair where a long query is cut", () => {
    const q = `${"a".repeat(499)}😀 tail`;
    expect(queryText(q)).toBe("a".repeat(499));
    expect(queryText("word 😀 emoji")).toBe("word 😀 emoji");
  });

  it("reads a query of only punctuation, operators or function words as blank", () => {
    const functionWords = ["a", "de la", "The", "of the", "DE LOS", "y"];
    for (const q of ["", "   ", "-", "*", "(((", '"', '""', '" "', "+", "|", "!", "- * ( ) \" + | ! & :", "-(", '-"', "--", "¿?", "…", "\u0000", ...functionWords]) {
      expect(isBlankQuery(q), JSON.stringify(q)).toBe(true);
      expect(searchableQuery(q), JSON.stringify(q)).toBe("");
    }
    // A quoted phrase keeps its function words; "sea" and "son" are English words too.
    for (const q of ["-coca", "(coca)", '"coca"', "k", "2019", "T-MEC", "*port*", '"de la"', "-the", "sea", "son"]) {
      expect(isBlankQuery(q), q).toBe(false);
      expect(searchableQuery(q), q).toBe(q);
    }
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
