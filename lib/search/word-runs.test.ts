import { describe, expect, it } from "vitest";
import { countWords, forEachWord } from "./word-runs";

const byRegex = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const words = (text: string) => {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
};

describe("the words of a text", () => {
  it("are the runs of letters and digits, ASCII or not, as the Unicode expression finds them", () => {
    for (const text of ["", "  ", "Port inspections, 2023: 1,900 tariff lines (e.g. U.S.)", "a_b-c'd", "Política de drogas: ¿qué cambió?", "x²+y³ — 日本語 ok"]) {
      expect(words(text), text).toEqual(byRegex(text));
      expect(countWords(text), text).toBe(byRegex(text).length);
    }
  });
});
