import { describe, expect, it } from "vitest";
import { countWords, estimatePositions, MAX_POSITIONS, POSITION_BUDGET } from "./positions";

describe("estimatePositions", () => {
  it("counts a word per position plus the gap before an array element", () => {
    expect(estimatePositions("one two three")).toBe(3 + 8);
  });

  it("counts 8 positions after hard separators", () => {
    // "a. b, c; d" → 4 words, 3 hard separators each adding 7 more.
    expect(estimatePositions("a. b, c; d")).toBe(4 + 3 * 7 + 8);
    // A dot inside a number is not a sentence end.
    expect(estimatePositions("3.5 percent")).toBe(3 + 8);
  });

  it("counts every ideograph as a word", () => {
    expect(estimatePositions("漢字テスト")).toBeGreaterThanOrEqual(5);
  });

  it("keeps a full 2,000-word chunk far below the limit, even as a list", () => {
    const list = Array.from({ length: 2000 }, (_, i) => `w${i},`).join(" ");
    expect(estimatePositions(list)).toBeLessThan(POSITION_BUDGET / 3);
    expect(POSITION_BUDGET).toBeLessThan(MAX_POSITIONS);
  });

  it("counts words separated by whitespace", () => {
    expect(countWords("  a b\n\nc  ")).toBe(3);
  });
});
