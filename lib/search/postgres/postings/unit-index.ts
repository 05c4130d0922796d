// The postings of one kind of unit (documents, or attachment chunks): a dictionary from lexeme
// to postings, and per unit its language, field lengths and whether it is still current. A
// unit that changes is added again under a new number and the old one marked dead, so postings
// only ever grow at their end and stay in unit order; ./store.ts starts afresh when too many
// are dead.
import { PostingsList } from "./postings-list";
import { queryWords, type QueryNode } from "./tsquery-text";
import type { VectorEntry } from "./tsvector-text";

export const LANGUAGE_CODES = { en: 0, es: 1 } as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[keyof typeof LANGUAGE_CODES];

/**
 * Bytes of word bitmaps kept, and as much again of query matches (one byte per unit each):
 * 320 of each at 100,000 documents, 3,200 at 10,000, never fewer than 256. A long query reads
 * a hundred words and their matches, so a fixed 256 was thrown away after two or three.
 */
const BITMAP_BYTES = 32 * 1024 * 1024;

/** Prefix queries are looked up by their first two characters (a prefix is at least two long). */
const bucketOf = (lexeme: string) => lexeme.slice(0, 2);

export class UnitIndex {
  count = 0;
  dead = 0;
  alive = new Uint8Array(1024);
  language = new Uint8Array(1024);
  lengths: Float32Array;
  readonly terms = new Map<string, PostingsList>();
  readonly #buckets = new Map<string, Set<string>>();
  /** Recent words' (and prefixes') units as bitmaps, until the index changes: searches repeat words. */
  readonly #bitmaps = new Map<string, Uint8Array>();
  /**
   * Per language, recent queries' matches (by the query tree, which the analysis cache shares
   * across searches); started afresh past the budget (BITMAP_BYTES), so their memory stays bounded.
   */
  #matches = [new WeakMap<object, Uint8Array>(), new WeakMap<object, Uint8Array>()];
  #matchesKept = 0;

  /** `stride`: how many field lengths a unit has (documents four, chunks one). */
  constructor(readonly stride: number) {
    this.lengths = new Float32Array(1024 * stride);
  }

  add(language: LanguageCode, lengths: number[], entries: VectorEntry[]): number {
    this.#forget();
    const unit = this.count++;
    if (unit >= this.alive.length) this.#grow(this.alive.length * 2);
    this.alive[unit] = 1;
    this.language[unit] = language;
    for (let f = 0; f < this.stride; f++) this.lengths[unit * this.stride + f] = lengths[f] ?? 0;
    for (const entry of entries) {
      let list = this.terms.get(entry.lexeme);
      if (!list) {
        list = new PostingsList();
        this.terms.set(entry.lexeme, list);
        const bucket = bucketOf(entry.lexeme);
        const words = this.#buckets.get(bucket) ?? new Set<string>();
        words.add(entry.lexeme);
        this.#buckets.set(bucket, words);
      }
      list.add(unit, entry);
    }
    return unit;
  }

  kill(unit: number): void {
    this.#forget();
    if (this.alive[unit] === 1) {
      this.alive[unit] = 0;
      this.dead++;
    }
  }

  /** Drops every list's room for growth. */
  trim(): void {
    for (const list of this.terms.values()) list.trim();
  }

  /** Bytes held in typed arrays (postings and per-unit values), for benchmarks. */
  arrayBytes(): number {
    let bytes = this.alive.byteLength + this.language.byteLength + this.lengths.byteLength;
    for (const list of this.terms.values()) bytes += list.units.byteLength + list.weights.byteLength + list.offsets.byteLength + list.positions.byteLength;
    return bytes;
  }

  /** The distinct postings lists a query reads (a word matched exactly and by a prefix counts once). */
  listsOf(query: QueryNode | null): PostingsList[] {
    const { lexemes, prefixes } = queryWords(query);
    return [...new Set([...lexemes.map((l) => this.lists(l, false)), ...prefixes.map((p) => this.lists(p, true))].flat())];
  }

  /** The postings of a lexeme, or of every lexeme the prefix starts. */
  lists(lexeme: string, prefix: boolean): PostingsList[] {
    if (!prefix) {
      const list = this.terms.get(lexeme);
      return list ? [list] : [];
    }
    const out: PostingsList[] = [];
    for (const word of this.#buckets.get(bucketOf(lexeme)) ?? []) if (word.startsWith(lexeme)) out.push(this.terms.get(word)!);
    return out;
  }

  /** The units (live or dead, of any language) holding the word, or a word the prefix starts; do not modify. */
  unitsWith(lexeme: string, prefix: boolean): Uint8Array {
    return this.remembered(`${prefix ? "*" : "="}${lexeme}`, () => {
      const bitmap = new Uint8Array(this.count);
      for (const list of this.lists(lexeme, prefix)) for (let i = 0; i < list.size; i++) bitmap[list.units[i]!] = 1;
      return bitmap;
    });
  }

  /** A bitmap over the units computed from the index as it is now, kept until it changes; do not modify. */
  remembered(key: string, compute: () => Uint8Array): Uint8Array {
    let bitmap = this.#bitmaps.get(key);
    if (!bitmap) {
      bitmap = compute();
      if (this.#bitmaps.size >= this.#kept()) this.#bitmaps.delete(this.#bitmaps.keys().next().value!);
      this.#bitmaps.set(key, bitmap);
    }
    return bitmap;
  }

  /** The live units of one language; do not modify. */
  liveIn(language: LanguageCode): Uint8Array {
    return this.remembered(`live:${language}`, () => {
      const out = new Uint8Array(this.count);
      for (let u = 0; u < this.count; u++) out[u] = this.alive[u]! & (this.language[u] === language ? 1 : 0);
      return out;
    });
  }

  /** A query's live matches in one language, computed once while the index stays the same; do not modify. */
  matchesOf(query: object, language: LanguageCode, compute: () => Uint8Array): Uint8Array {
    let bitmap = this.#matches[language]!.get(query);
    if (!bitmap) {
      if (++this.#matchesKept > this.#kept()) this.#forget();
      this.#matches[language]!.set(query, (bitmap = compute()));
    }
    return bitmap;
  }

  /** How many bitmaps of each kind fit the budget at the index's size. */
  #kept(): number {
    return Math.max(256, Math.floor(BITMAP_BYTES / Math.max(1, this.count)));
  }

  #forget(): void {
    this.#bitmaps.clear();
    this.#matches = [new WeakMap(), new WeakMap()];
    this.#matchesKept = 0;
  }

  #grow(capacity: number): void {
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    const language = new Uint8Array(capacity);
    language.set(this.language);
    const lengths = new Float32Array(capacity * this.stride);
    lengths.set(this.lengths);
    [this.alive, this.language, this.lengths] = [alive, language, lengths];
  }
}
