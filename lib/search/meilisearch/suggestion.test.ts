import { describe, expect, it } from "vitest";
import { editDistance, suggestCorrection } from "./suggestion";

describe("suggestCorrection", () => {
  it("replaces a word that matched only as a typo", () => {
    expect(suggestCorrection("port securty", ["port", "security", "security"])).toBe("port security");
    expect(suggestCorrection("Narcotrafcio", ["narcotráfico"])).toBe("narcotráfico");
  });

  it("returns null when every word matched as typed (accents and case aside)", () => {
    expect(suggestCorrection("narcotrafico", ["Narcotráfico"])).toBeNull();
    expect(suggestCorrection("Port Security", ["port", "security"])).toBeNull();
  });

  it("does not treat a prefix match of the last word as a typo", () => {
    expect(suggestCorrection("port secur", ["port", "security"])).toBeNull();
  });

  it("keeps short words, phrases and exclusions as typed", () => {
    expect(suggestCorrection("prot", ["port"])).toBeNull();
    expect(suggestCorrection('"port securty" -cartagna customz', ["customs", "security", "cartagena"])).toBe('"port securty" -cartagna customs');
  });

  it("stays within Meilisearch's typo budget and prefers frequent words", () => {
    expect(suggestCorrection("secxrxty", ["security"])).toBeNull();
    expect(suggestCorrection("extradicion", ["extradition", "extradición"])).toBeNull();
    expect(suggestCorrection("cartagenx", ["cartagena", "cartagena", "cartagene"])).toBe("cartagena");
  });

  it("has nothing to say without matches", () => {
    expect(suggestCorrection("anything", [])).toBeNull();
  });
});

describe("editDistance", () => {
  it("counts edits and adjacent transpositions", () => {
    expect(editDistance("security", "securty")).toBe(1);
    expect(editDistance("narcotrafcio", "narcotrafico")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
});
