// Which units (documents or chunks) of one language match a tsquery tree, as PostgreSQL's @@
// decides it: words by their postings, prefixes by every word they start, AND, OR and NOT
// bytewise, and phrases (<->, <N>) by positions among the units that hold all their words.
import { and, or, type Bitmap } from "./bitmaps";
import type { PostingsList } from "./postings-list";
import type { QueryNode } from "./tsquery-text";
import type { LanguageCode, UnitIndex } from "./unit-index";

/** Index of `unit` in the list's postings, or -1 (postings are in ascending unit order). */
export function postingIndex(list: PostingsList, unit: number): number {
  let lo = 0;
  let hi = list.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = list.units[mid]!;
    if (u === unit) return mid;
    if (u < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const width = (node: QueryNode): number =>
  node.op === "phrase" ? width(node.left) + node.distance + width(node.right) : node.op === "and" || node.op === "or" ? Math.max(width(node.left), width(node.right)) : 0;

/** Units in ascending order, and the sorted positions where a match ends in the i-th of them (read when needed). */
interface Positional {
  units: ArrayLike<number>;
  at: (i: number) => ArrayLike<number>;
}

const EMPTY: Positional = { units: [], at: () => [] };

function materialized(units: number[], positions: ArrayLike<number>[]): Positional {
  return { units, at: (i) => positions[i]! };
}

const sortedUnion = (a: ArrayLike<number>, b: ArrayLike<number>) => [...new Set([...Array.from(a), ...Array.from(b)])].sort((x, y) => x - y);

/** Joins two positional lists by unit (both ascending), combining the positions of units in both (and keeping the others' with `keepUnmatched`). */
function join(a: Positional, b: Positional, keepUnmatched: boolean, combine: (x: ArrayLike<number>, y: ArrayLike<number>) => ArrayLike<number>): Positional {
  const units: number[] = [];
  const positions: ArrayLike<number>[] = [];
  const push = (unit: number, p: ArrayLike<number>) => {
    if (p.length > 0) {
      units.push(unit);
      positions.push(p);
    }
  };
  let i = 0;
  let j = 0;
  while (i < a.units.length || j < b.units.length) {
    const ua = i < a.units.length ? a.units[i]! : Infinity;
    const ub = j < b.units.length ? b.units[j]! : Infinity;
    if (ua === ub) push(ua, combine(a.at(i++), b.at(j++)));
    else if (ua < ub) {
      if (keepUnmatched) push(ua, a.at(i));
      i++;
    } else {
      if (keepUnmatched) push(ub, b.at(j));
      j++;
    }
  }
  return materialized(units, positions);
}

/** The right side's positions that follow one of the left side's `shift` positions earlier (both sorted). */
function following(left: ArrayLike<number>, right: ArrayLike<number>, shift: number): number[] {
  const out: number[] = [];
  let i = 0;
  for (let j = 0; j < right.length; j++) {
    const wanted = right[j]! - shift;
    while (i < left.length && left[i]! < wanted) i++;
    if (i < left.length && left[i] === wanted) out.push(right[j]!);
  }
  return out;
}

/**
 * Where the node's matches end in each unit that has one, by merging postings in unit order
 * (a word's positions are read only for the units the other side has too): a phrase keeps the
 * right side's positions that follow one of the left side's at its distance (PostgreSQL's <N>).
 */
function positional(index: UnitIndex, node: QueryNode): Positional {
  switch (node.op) {
    case "term": {
      const lists = index.lists(node.lexeme, node.prefix).map((list): Positional => ({ units: list.units.subarray(0, list.size), at: (i) => list.positionsOf(i) }));
      return lists.length === 1 ? lists[0]! : lists.reduce((acc, list) => join(acc, list, true, sortedUnion), EMPTY);
    }
    case "phrase": {
      const shift = width(node.right) + node.distance;
      return join(positional(index, node.left), positional(index, node.right), false, (left, right) => following(left, right, shift));
    }
    case "or":
      return join(positional(index, node.left), positional(index, node.right), true, sortedUnion);
    case "and":
      return join(positional(index, node.left), positional(index, node.right), false, sortedUnion);
    case "not":
      return EMPTY;
  }
}

/** The live units of `language` the query matches; do not modify (the answer is shared while the index stays the same). */
export function matchUnits(index: UnitIndex, node: QueryNode | null, language: LanguageCode): Bitmap {
  if (!node) return new Uint8Array(index.count);
  return index.matchesOf(node, language, () => evaluateUnits(index, node, language));
}

function evaluateUnits(index: UnitIndex, node: QueryNode, language: LanguageCode): Bitmap {
  const n = index.count;
  const evaluate = (q: QueryNode): Bitmap => {
    if (q.op === "term") return index.unitsWith(q.lexeme, q.prefix);
    if (q.op === "phrase") {
      return index.remembered(JSON.stringify(q), () => {
        const out = new Uint8Array(n);
        const { units } = positional(index, q);
        for (let i = 0; i < units.length; i++) out[units[i]!] = 1;
        return out;
      });
    }
    if (q.op !== "not") return (q.op === "and" ? and : or)(evaluate(q.left), evaluate(q.right));
    const inner = evaluate(q.arg);
    const out = new Uint8Array(n);
    for (let u = 0; u < n; u++) out[u] = inner[u] ? 0 : 1;
    return out;
  };
  // A new bitmap (and() builds one): evaluate() may answer a word's shared one.
  return and(evaluate(node), index.liveIn(language));
}
