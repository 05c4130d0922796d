// The text side of the memory index's snippets: where a text's words are, which of them the
// query looks for, and the two 28-word stretches with the most of them (as ts_headline picks
// its fragments: MaxFragments=2, MaxWords=28), as excerpts ../../snippet-text.ts turns into
// the snippet. A page's texts are scanned once each, with positions in typed arrays and a word
// sliced only when it starts as one of the query's words does (WordStarts): building a string
// and an object for every word of every hit cost more than the rest of the search.
import { isAsciiWordChar } from "../../fold-word";
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

const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * The English stemmer's exceptions that change a word's second letter (Snowball English,
 * "exception1": dying, lying, tying): their stems, and the first two letters of the words.
 */
const SECOND_LETTER_EXCEPTIONS = new Map([
  ["die", "dy"],
  ["lie", "ly"],
  ["tie", "ty"],
]);

/**
 * How a word may start if it is to match one of the query's words (their lexemes and
 * prefixes). unaccent and the stemmers change a word's ending and its accents, not its first
 * two letters (but for SECOND_LETTER_EXCEPTIONS), so a word that starts with two ASCII letters
 * or digits is sliced out only when a query word starts with the same two (or is one letter
 * that it starts with): for a long query, whose words start with most letters, the first
 * letter alone let through nearly every word of every hit. A word with a character past ASCII
 * in its first two is always let through: unaccent makes one letter of "á" and two of "æ" or
 * "ß" (snippet-words.int.test.ts checks all this against PostgreSQL's own analysis).
 */
export interface WordStarts {
  /** ASCII pairs, (first << 7) | second, lower case. */
  pairs: Uint8Array;
  /** First letters of query words shorter than two ASCII characters. */
  singles: Uint8Array;
}

export function wordStarts(queryWords: Iterable<string>): WordStarts {
  const starts: WordStarts = { pairs: new Uint8Array(1 << 14), singles: new Uint8Array(128) };
  for (const word of queryWords) {
    const [a, b] = [lower(word.charCodeAt(0)), lower(word.charCodeAt(1))];
    if (!(a < 128)) continue;
    if (b < 128) starts.pairs[(a << 7) | b] = 1;
    else starts.singles[a] = 1;
    const exception = SECOND_LETTER_EXCEPTIONS.get(word);
    if (exception) starts.pairs[(exception.charCodeAt(0) << 7) | exception.charCodeAt(1)] = 1;
  }
  return starts;
}

/** Whether the word text[start, end) may be one the query looks for (see WordStarts). */
function mayMatch(text: string, start: number, end: number, starts: WordStarts): boolean {
  const a = text.charCodeAt(start);
  const b = end - start > 1 ? text.charCodeAt(start + 1) : 0;
  if (a >= 128 || b >= 128) return true;
  return starts.singles[lower(a)] === 1 || (b > 0 && starts.pairs[(lower(a) << 7) | lower(b)] === 1);
}

/** The runs of letters and digits of a text: where each starts and ends. */
export interface ScannedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  /** The words (lower case) that may match a query word; undefined for the rest. */
  words: (string | undefined)[];
}

/** Scans the text, slicing out only the words that may be one of the query's (`starts`). */
export function scanText(text: string, starts: WordStarts): ScannedText {
  let capacity = 64;
  let firsts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  const words: (string | undefined)[] = [];
  let count = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      // Grown by doubling: a text's words are unknown until scanned, and a long one is rare.
      if (count === capacity) {
        capacity *= 2;
        firsts = grown(firsts, capacity);
        ends = grown(ends, capacity);
      }
      firsts[count] = start;
      ends[count] = i;
      words[count] = mayMatch(text, start, i, starts) ? text.slice(start, i).toLowerCase() : undefined;
      count++;
      start = -1;
    }
  }
  return { text, starts: firsts, ends, count, words };
}

function grown(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(capacity);
  out.set(array);
  return out;
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
