import { describe, expect, it } from "vitest";
import { simpleTokens } from "./tokens";

describe("simpleTokens", () => {
  it("splits prose into runs of letters and runs of digits, each a position", () => {
    expect(simpleTokens("The world's “quoted” policy—and café: 2023. ¿Qué? «sí» … 1,000 (x) [y] 50%")).toEqual([
      "The", "world", "s", "quoted", "policy", "and", "café", "2023", "Qué", "sí", "1", "000", "x", "y", "50",
    ]);
  });

  it("reads a hyphenated word as the parser does: the whole, then each part", () => {
    expect(simpleTokens("cross-border, anti-money-laundering")).toEqual(["cross-border", "cross", "border", "anti-money-laundering", "anti", "money", "laundering"]);
    expect(simpleTokens("a dash - between, and a trailing one- here")).toEqual(["a", "dash", "between", "and", "a", "trailing", "one", "here"]);
  });

  it("leaves to the database every text the parser reads another way", () => {
    for (const text of [
      "1.2.3 release", "3.5.x", "wait 3.5..", "e.g. this", "example.org", "U.S. policy", "COVID-19", "-12 degrees", "abc123", "123abc", "a/b", "see ~/file",
      "mail x@y.co", "<b>bold</b>", "&amp;", "wait..", "+57 1", "Москва", "日本", "e\u0301", "a_b", "x".repeat(101),
    ]) {
      expect(simpleTokens(`Before ${text} after`), text).toBeNull();
    }
  });

  it("reads a decimal as one token", () => {
    expect(simpleTokens("Growth of 3.5% (from 12.25 to 0.5), 1,000.75 in all.")).toEqual(["Growth", "of", "3.5", "from", "12.25", "to", "0.5", "1", "000.75", "in", "all"]);
  });

  it("takes an empty or blank text as no tokens", () => {
    expect(simpleTokens("")).toEqual([]);
    expect(simpleTokens(" \n\t ")).toEqual([]);
  });
});
