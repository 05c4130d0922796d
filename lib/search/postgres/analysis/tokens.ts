// The words PostgreSQL's default text search parser finds in a text, for the texts where that is
// simple: runs of Latin letters, numbers (with a decimal point or not) and words of letters
// joined by hyphens, separated by white space and punctuation that never joins them into another
// kind of token. Everything else ("..", version numbers, hosts, paths, emails, tags, "e.g.",
// letters next to digits, other scripts) is answered with null, and that text is analysed by
// PostgreSQL itself. Which characters are safe, and where, was found by comparing with the parser
// (document-analyser.int.test.ts holds the result to it, on both kinds of database).

const LETTER = 1;
const DIGIT = 2;
/** Never part of a token, wherever it stands. */
const BLANK = 3;
/** A blank unless a letter or digit comes next ("e.g", "example.org", "cross-border", "-1"; a decimal's point is read with it). */
const BLANK_UNLESS_BEFORE_WORD = 4;
const UNSAFE = 0;

const classes = new Uint8Array(0x180);
for (let c = 0x41; c <= 0x5a; c++) classes[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) classes[c] = LETTER;
for (let c = 0xc0; c <= 0x17f; c++) classes[c] = c === 0xd7 || c === 0xf7 ? UNSAFE : LETTER;
for (let c = 0x30; c <= 0x39; c++) classes[c] = DIGIT;
for (const ch of " \t\n\r,;:!?()[]\"'%*|#«»¿¡") classes[ch.charCodeAt(0)] = BLANK;
for (const ch of ".-") classes[ch.charCodeAt(0)] = BLANK_UNLESS_BEFORE_WORD;
/** Punctuation past Latin Extended-A that the parser treats as a blank. */
const WIDE_BLANKS = new Set([..."“”‘’…—–"].map((c) => c.charCodeAt(0)));

/** Longest run taken as a word here; longer ones go to PostgreSQL (it skips words of 2 KB and more). */
const MAX_RUN = 100;

function classOf(code: number): number {
  if (code < 0x180) return classes[code]!;
  if (Number.isNaN(code)) return BLANK; // past the end
  return WIDE_BLANKS.has(code) ? BLANK : UNSAFE;
}

const DOT = 0x2e;
const HYPHEN = 0x2d;

const isWordChar = (cls: number) => cls === LETTER || cls === DIGIT;

/** The end of the run of `cls` characters starting at `i`. */
function runEnd(text: string, i: number, cls: number): number {
  while (i < text.length && classOf(text.charCodeAt(i)) === cls) i++;
  return i;
}

/**
 * Reads the word starting at `start` into `tokens`: a run of letters, a number (digits, or a
 * decimal), or words of letters joined by hyphens, which the parser reads as the whole ("cross-border") and then each
 * part, each taking a position. Answers where it ends, or -1 when the parser reads it otherwise.
 */
function readWord(text: string, start: number, tokens: string[]): number {
  const cls = classOf(text.charCodeAt(start));
  const parts = [start];
  let end = runEnd(text, start, cls);
  // A decimal ("3.5") is one token; what may follow it ("1.2.3", "1.2.x") is left to the caller.
  if (cls === DIGIT && text.charCodeAt(end) === DOT && classOf(text.charCodeAt(end + 1)) === DIGIT) end = runEnd(text, end + 1, DIGIT);
  while (cls === LETTER && text.charCodeAt(end) === HYPHEN && classOf(text.charCodeAt(end + 1)) === LETTER) {
    parts.push(end + 1);
    end = runEnd(text, end + 1, LETTER);
  }
  if (end - start > MAX_RUN || isWordChar(classOf(text.charCodeAt(end)))) return -1; // letters then digits: numword, sfloat…
  if (parts.length === 1) tokens.push(text.slice(start, end));
  else {
    tokens.push(text.slice(start, end));
    for (const from of parts) tokens.push(text.slice(from, runEnd(text, from, LETTER)));
  }
  return end;
}

/**
 * The text's tokens in order (each one is a position), or null when the text holds anything
 * the default parser might read differently.
 */
export function simpleTokens(text: string): string[] | null {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === UNSAFE) return null;
    if (isWordChar(cls)) {
      i = readWord(text, i, tokens);
      if (i < 0) return null;
      continue;
    }
    if (cls === BLANK_UNLESS_BEFORE_WORD && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // ".." is a file path to the parser.
      if (isWordChar(classOf(next)) || (code === DOT && next === DOT)) return null;
    }
    i++;
  }
  return tokens;
}
