import { describe, expect, it } from "vitest";
import { inverseDocumentFrequency } from "./statistics";

describe("inverseDocumentFrequency", () => {
  it("weighs rare words more than common ones and never goes negative", () => {
    expect(inverseDocumentFrequency(1000, 1)).toBeGreaterThan(inverseDocumentFrequency(1000, 100));
    expect(inverseDocumentFrequency(1000, 1000)).toBeGreaterThan(0);
    expect(inverseDocumentFrequency(1000, 1000)).toBeLessThan(0.01);
    // A word no readable document has (a misspelling) is as rare as can be, not infinite.
    expect(Number.isFinite(inverseDocumentFrequency(0, 0))).toBe(true);
  });
});
