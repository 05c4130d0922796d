import { describe, expect, it } from "vitest";
import { latencySummary, ratio } from "./load-figures";

describe("latencySummary", () => {
  it("gives nearest-rank percentiles and the maximum, to 0.1 ms", () => {
    const ms = Array.from({ length: 100 }, (_, i) => i + 1.04);
    expect(latencySummary(ms)).toEqual({ count: 100, p50_ms: 50, p95_ms: 95, p99_ms: 99, max_ms: 100 });
  });

  it("does not depend on the order the responses came in", () => {
    expect(latencySummary([30, 10, 20])).toEqual(latencySummary([10, 20, 30]));
  });

  it("has no figures, not zeros, when nothing was measured", () => {
    expect(latencySummary([])).toEqual({ count: 0, p50_ms: null, p95_ms: null, p99_ms: null, max_ms: null });
  });
});

describe("ratio", () => {
  it("says how many times slower the loaded phase was, to 2 decimals", () => {
    expect(ratio(45, 18)).toBe(2.5);
    expect(ratio(10, 30)).toBe(0.33);
  });

  it("is null when a phase has no figure or the baseline is 0", () => {
    expect(ratio(null, 10)).toBeNull();
    expect(ratio(10, null)).toBeNull();
    expect(ratio(10, 0)).toBeNull();
  });
});
