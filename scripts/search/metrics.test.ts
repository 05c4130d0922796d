import { describe, expect, it } from "vitest";
import { mean, mrrAt, ndcgAt, percentile, recallAt } from "./metrics";

const judged = new Map([["a", 3], ["b", 2], ["c", 0], ["d", 1]]);

describe("ndcgAt", () => {
  it("is 1 for the ideal ranking", () => {
    expect(ndcgAt(["a", "b", "d"], judged)).toBeCloseTo(1, 10);
  });
  it("matches a hand computation", () => {
    // DCG = 0/log2(2) + 3/log2(3) + 1/log2(4) = 1.892789 + 0.5 = 2.392789
    // IDCG = 3/1 + 2/log2(3) + 1/log2(4) = 3 + 1.261860 + 0.5 = 4.761860
    expect(ndcgAt(["x", "a", "d"], judged)).toBeCloseTo(2.392789 / 4.76186, 5);
  });
  it("cuts at k and normalizes by all judged documents", () => {
    // Only "b" in the top 1: 2 / 3 (ideal top 1 is "a" with gain 3).
    expect(ndcgAt(["b", "a"], judged, 1)).toBeCloseTo(2 / 3, 10);
  });
  it("is 0 without relevant documents", () => {
    expect(ndcgAt(["a"], new Map([["a", 0]]))).toBe(0);
  });
});

describe("mrrAt", () => {
  it("uses the first document with a positive gain", () => {
    expect(mrrAt(["c", "x", "d", "a"], judged)).toBeCloseTo(1 / 3, 10);
  });
  it("is 0 when nothing relevant is in the top k", () => {
    expect(mrrAt(["x", "y", "a"], judged, 2)).toBe(0);
  });
});

describe("recallAt", () => {
  it("counts relevant documents found in the top k", () => {
    expect(recallAt(["a", "c", "x", "d"], judged)).toBeCloseTo(2 / 3, 10);
    expect(recallAt(["x", "a"], judged, 1)).toBe(0);
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const v = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 95)).toBe(10);
    expect(percentile([7], 99)).toBe(7);
  });
  it("averages", () => {
    expect(mean([1, 2, 3])).toBe(2);
  });
});
