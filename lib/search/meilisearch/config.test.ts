import { describe, expect, it } from "vitest";
import { liveIndexName, rebuildIndexName, rebuildTimestamp, waitOptions } from "./config";
import { splitBySize } from "./index-admin";

describe("index names", () => {
  it("derives the live and rebuild index names from the prefix", () => {
    expect(liveIndexName("puente")).toBe("puente-documents");
    expect(rebuildIndexName("puente", 1700000000000)).toBe("puente-documents-1700000000000");
    expect(rebuildTimestamp("puente", "puente-documents-1700000000000")).toBe(1700000000000);
    expect(rebuildTimestamp("puente", "puente-documents")).toBeNull();
    expect(rebuildTimestamp("puente", "puente-documents-old")).toBeNull();
    expect(rebuildTimestamp("puente", "other-documents-1")).toBeNull();
  });

  it("rejects a prefix Meilisearch would not accept", () => {
    expect(() => liveIndexName("bad prefix")).toThrow(/letters, digits/);
    expect(() => liveIndexName("")).toThrow();
  });

  it("waits long enough for big batches by default", () => {
    expect(waitOptions({ host: "h", indexPrefix: "p" }).timeout).toBeGreaterThanOrEqual(60_000);
    expect(waitOptions({ host: "h", indexPrefix: "p", taskTimeoutMs: 5 }).timeout).toBe(5);
  });
});

describe("splitBySize", () => {
  it("cuts requests by size and by count, keeping order", () => {
    const records = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, text: "x".repeat(100) }));
    const size = Buffer.byteLength(JSON.stringify(records[0])) + 1;
    expect(splitBySize(records, size * 2).map((b) => b.map((r) => r.id))).toEqual([["r0", "r1"], ["r2", "r3"], ["r4"]]);
    expect(splitBySize(records, 1e9, 4).map((b) => b.length)).toEqual([4, 1]);
    expect(splitBySize(records, 1).map((b) => b.length)).toEqual([1, 1, 1, 1, 1]);
    expect(splitBySize([])).toEqual([]);
  });
});
