// One lexeme's postings in the memory index: the units (documents or attachment chunks) that
// hold it, in the order they were added (ascending unit number), with how many of its positions
// carry each weight and the positions themselves (for phrases). Typed arrays that grow by
// doubling: a hundred thousand documents hold tens of millions of postings, which as objects
// would take gigabytes.
import type { VectorEntry } from "./tsvector-text";

function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

export class PostingsList {
  size = 0;
  units = new Int32Array(2);
  /** Four counts per posting: positions weighted A, B, C and D. */
  weights = new Uint16Array(8);
  /** Posting i's positions are positions[offsets[i]] … positions[offsets[i + 1]] (PostgreSQL's are at most 16,383). */
  offsets = new Int32Array(3);
  positions = new Uint16Array(4);

  add(unit: number, entry: VectorEntry): void {
    const i = this.size;
    this.units = grown(this.units, i + 1);
    this.weights = grown(this.weights, (i + 1) * 4);
    this.offsets = grown(this.offsets, i + 2);
    const start = this.offsets[i]!;
    this.positions = grown(this.positions, start + entry.positions.length);
    this.units[i] = unit;
    for (let w = 0; w < 4; w++) this.weights[i * 4 + w] = Math.min(entry.weights[w]!, 65535);
    this.positions.set(entry.positions, start);
    this.offsets[i + 1] = start + entry.positions.length;
    this.size = i + 1;
  }

  /** Drops the room kept for growth (after a full load, most lists are never added to again). */
  trim(): void {
    this.units = this.units.slice(0, this.size);
    this.weights = this.weights.slice(0, this.size * 4);
    this.offsets = this.offsets.slice(0, this.size + 1);
    this.positions = this.positions.slice(0, this.offsets[this.size]!);
  }

  /** Posting i's positions. */
  positionsOf(i: number): Uint16Array {
    return this.positions.subarray(this.offsets[i]!, this.offsets[i + 1]!);
  }
}
