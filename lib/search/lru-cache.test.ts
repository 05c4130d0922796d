import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache";

describe("LruCache", () => {
  it("never holds more than its limit, evicting the least recently used entry", () => {
    const cache = new LruCache<number>(3, 60_000);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.get("a")).toBe(1); // "a" is now the most recently used; "b" the least
    cache.set("d", 4);
    expect(cache.size).toBe(3);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.get("d")]).toEqual([1, 3, 4]);
  });

  it("keeps entries read just before it filled up (what clearing when full lost)", () => {
    const cache = new LruCache<string>(1_000, 60_000);
    cache.set("kept", "value");
    for (let i = 0; i < 999; i++) cache.set(`filler ${i}`, "x");
    expect(cache.get("kept")).toBe("value");
    // Far past the limit: the entry in use survives, the size stays bounded.
    for (let i = 0; i < 5_000; i++) {
      cache.set(`more ${i}`, "y");
      expect(cache.get("kept")).toBe("value");
    }
    expect(cache.size).toBe(1_000);
  });

  it("forgets entries after their time to live", () => {
    let now = 0;
    const cache = new LruCache<number>(10, 1_000, () => now);
    cache.set("a", 1);
    now = 999;
    expect(cache.get("a")).toBe(1);
    now = 1_000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("updates a key in place rather than holding it twice", () => {
    const cache = new LruCache<number>(2, 60_000);
    cache.set("a", 1);
    cache.set("a", 2);
    cache.set("b", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBe(2);
  });
});
