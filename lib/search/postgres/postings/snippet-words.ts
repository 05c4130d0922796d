// The text side of the memory index's snippets: where a text's words are, which of them the
// query looks for, and the two 28-word stretches with the most of them (as ts_headline picks
// its fragments: MaxFragments=2, MaxWords=28), as excerpts ../../snippet-text.ts turns into
// the snippet. A page's texts are scanned once each, with positions in typed arrays and a word
// sliced only when its first letter is one the query's words start with: building a string and
// an object for every word of every hit cost more than the rest of the search.
import { foldWord, isAsciiWordChar } from "../../fold-word";
import { isFunctionWord } from "../../function-words";
import type { Excerpt, Segment } from "../../snippet-text";

const MAX_WORDS = 28;
const FRAGMENTS = 2;
/** Words a fragment starts before its first match, so the match has some context. */
const LEAD = 4;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordChars = new Map<number, boolean>();
/** Whether a UTF-16 unit is part of a word (ASCII decided inline; others once each, then remembered). */
function isWordChar(code: number): boolean {
  if (code < 128) return isAsciiWordChar(code);
  let known = wordChars.get(code);
  if (known === undefined) wordChars.set(code, (known = WORD_CHAR.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff)));
  return known;
}

/** A word's first letter, lower case and without accents (most are ASCII). */
function initialAt(text: string, start: number): string {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[start]!;
  return foldWord(text.slice(start, start + 2))[0] ?? "";
}

/** The runs of letters and digits of a text: where each starts and ends. */
export interface ScannedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  /** The words (lower case) whose first letter is wanted; undefined for the rest. */
  words: (string | undefined)[];
}

/** Scans the text, slicing out only the words that start with one of `initials`. */
export function scanText(text: string, initials: Set<string>): ScannedText {
  const capacity = (text.length >> 1) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const words: (string | undefined)[] = [];
  let count = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      starts[count] = start;
      ends[count] = i;
      words[count] = initials.has(initialAt(text, start)) ? text.slice(start, i).toLowerCase() : undefined;
      count++;
      start = -1;
    }
  }
  return { text, starts, ends, count, words };
}

/** The excerpt of words `from`..`last`, matches marked (a function word never is: ../../snippet-text.ts). */
function excerpt(scanned: ScannedText, marked: Uint8Array, from: number, last: number): Excerpt {
  const { text, starts, ends } = scanned;
  const segments: Segment[] = [];
  const add = (part: string, isMarked: boolean) => {
    if (!part) return;
    const previous = segments.at(-1);
    if (previous && previous.marked === isMarked) previous.text += part;
    else segments.push({ text: part, marked: isMarked });
  };
  for (let i = from; i <= last; i++) {
    if (i > from) add(text.slice(ends[i - 1]!, starts[i]!).replace(/\s+/g, " "), false);
    const word = text.slice(starts[i]!, ends[i]!);
    add(word, marked[i] === 1 && !isFunctionWord(word));
  }
  return { segments, cutBefore: from > 0, cutAfter: last < scanned.count - 1 };
}

/** The excerpts with the most marked words, in text order; none when nothing is marked. */
export function bestExcerpts(scanned: ScannedText, marked: Uint8Array): Excerpt[] {
  const n = scanned.count;
  const hits: number[] = [];
  for (let i = 0; i < n; i++) if (marked[i]) hits.push(i);
  if (hits.length === 0) return [];
  // marks before word i: prefix[i]; a fragment's matches are a difference of two of them.
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + marked[i]!;
  const score = (from: number) => prefix[Math.min(n, from + MAX_WORDS)]! - prefix[from]!;
  const chosen: number[] = [];
  const overlaps = (from: number) => chosen.some((c) => from < c + MAX_WORDS && c < from + MAX_WORDS);
  for (let f = 0; f < FRAGMENTS; f++) {
    let best = -1;
    for (const h of hits) {
      const from = Math.max(0, h - LEAD);
      if (!overlaps(from) && (best < 0 || score(from) > score(best))) best = from;
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b).map((from) => excerpt(scanned, marked, from, Math.min(n, from + MAX_WORDS) - 1));
}
