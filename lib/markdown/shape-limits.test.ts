import { describe, expect, it } from "vitest";
import { MAX_QUOTE_DEPTH, exceedsShapeLimits } from "./shape-limits";

describe("exceedsShapeLimits", () => {
  it("accepts ordinary text, quotes and prompts", () => {
    expect(exceedsShapeLimits("# Title\n\n> a quote\n> > nested\n\n    >>> python prompt\n\n" + "-".repeat(500))).toBe(false);
    expect(exceedsShapeLimits(`${"> ".repeat(MAX_QUOTE_DEPTH)}deepest allowed`)).toBe(false);
    expect(exceedsShapeLimits(`text ${">".repeat(5000)} inside a line`)).toBe(false);
  });

  it("refuses a line nesting more quotes than any real text", () => {
    expect(exceedsShapeLimits(`intro\n\n${">".repeat(MAX_QUOTE_DEPTH + 1)} a`)).toBe(true);
    expect(exceedsShapeLimits(`${" > ".repeat(MAX_QUOTE_DEPTH + 1)}a`)).toBe(true);
    expect(exceedsShapeLimits(">".repeat(200_000))).toBe(true);
  });
});
