// Meilisearch indexes only the first 65,535 word positions of an attribute and silently drops
// the rest. Positions are not words: in milli's tokenizer a word after a hard separator
// (". ", ", ", ";", ":", "!", "?"…) is 8 positions after the previous word, and each element
// of an array attribute starts 8 positions after the previous element. This estimate errs
// high (every run of letters or digits is a word, every CJK/Thai character is one) so that
// attachment text placed within the budget is really indexed.

export const MAX_POSITIONS = 65_535;
/** What record.ts fills an attribute up to, leaving room for estimation error. */
export const POSITION_BUDGET = 60_000;

const HARD_SEPARATOR_GAP = 8;
const words = /[\p{L}\p{N}\p{M}]+/gu;
const ideographs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}]/gu;
const hardSeparators = /[!?:;¡¿§¶…。、！？；：]|[.,](?=\s|$)/g;

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** Upper estimate of the positions one array element with this text takes, gap included. */
export function estimatePositions(text: string): number {
  const tokens = count(text, words) + count(text, ideographs);
  return tokens + (HARD_SEPARATOR_GAP - 1) * count(text, hardSeparators) + HARD_SEPARATOR_GAP;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
