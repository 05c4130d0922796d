// A bounded map whose entries expire: for values that are costly to compute and may be a
// little stale (search statistics). When full it evicts the entry used least recently, one at
// a time, so an entry read a moment ago is still there when the same call reads it again;
// clearing the whole map when full lost entries between a caller's reads and cost every
// viewer a cold start at once.

export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();

  constructor(
    readonly maxEntries: number,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(maxEntries >= 1)) throw new Error("an LRU cache holds at least one entry");
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value, or undefined when absent or expired. A hit becomes the most recently used. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expires <= this.now()) return undefined;
    // A Map iterates in insertion order: re-inserting moves the key to the young end.
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.now() + this.ttlMs });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
