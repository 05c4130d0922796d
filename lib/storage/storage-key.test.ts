import { describe, expect, it } from "vitest";
import { isValidStorageKey } from "./file-storage";
import { newStorageKey } from "./storage-key";
import { UNSAFE_KEYS } from "./testing/storage-contract";

describe("newStorageKey", () => {
  it("groups by document and ends in 128 random bits", () => {
    const key = newStorageKey("cmabc123xyz", "pdf");
    expect(key).toMatch(/^documents\/cmabc123xyz\/[A-Za-z0-9_-]{22}\.pdf$/);
    expect(isValidStorageKey(key)).toBe(true);
    expect(newStorageKey("cmabc123xyz")).toMatch(/^documents\/cmabc123xyz\/[A-Za-z0-9_-]{22}$/);
  });

  it("never repeats", () => {
    const keys = new Set(Array.from({ length: 10_000 }, () => newStorageKey("doc")));
    expect(keys.size).toBe(10_000);
  });

  it("refuses ids and extensions that could change the path", () => {
    for (const id of ["", "..", "a/b", "../x", "a b"]) expect(() => newStorageKey(id), id).toThrow();
    for (const extension of ["", "pdf/../x", "PDF.", "a b"]) expect(() => newStorageKey("doc", extension), extension).toThrow();
  });
});

describe("isValidStorageKey", () => {
  it("accepts plain relative paths and refuses anything else", () => {
    expect(isValidStorageKey("documents/abc/Xy-_9.pdf")).toBe(true);
    for (const key of UNSAFE_KEYS) expect(isValidStorageKey(key), key).toBe(false);
    expect(isValidStorageKey(`a/${"x".repeat(600)}`)).toBe(false);
  });
});
