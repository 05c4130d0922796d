// "Did you mean": Meilisearch has no suggestion API, but its typo tolerance has already found
// what a misspelled word stands for, in hits the viewer may read (the access filter applied).
// A query word that matched only as a typo is replaced by the word it matched in the top
// hits' highlights (whole words: see highlightedWords), with no extra request. When nothing matched there is no suggestion: the
// typo tolerance already tried the corrections an edit-distance speller would offer.
import { fold } from "./highlight";

/** Meilisearch's typo budget for a word of this length (settings.ts minWordSizeForTypos). */
function typoBudget(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Folded matched word → how it was written (lowercase) and how often it matched. */
function vocabulary(matched: readonly string[]): Map<string, { word: string; count: number }> {
  const words = new Map<string, { word: string; count: number }>();
  for (const text of matched) {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
      const entry = words.get(fold(word)) ?? { word, count: 0 };
      entry.count++;
      words.set(fold(word), entry);
    }
  }
  return words;
}

function correct(word: string, words: Map<string, { word: string; count: number }>): string {
  const folded = fold(word);
  const budget = typoBudget([...folded].length);
  if (budget === 0 || words.has(folded)) return word;
  // The last word is also searched as a prefix: a longer match is a completion, not a typo.
  if ([...words.keys()].some((w) => w.startsWith(folded))) return word;
  let best: { word: string; distance: number; count: number } | null = null;
  for (const [key, entry] of words) {
    const distance = editDistance(folded, key);
    if (distance > budget) continue;
    if (!best || distance < best.distance || (distance === best.distance && entry.count > best.count)) best = { word: entry.word, distance, count: entry.count };
  }
  return best?.word ?? word;
}

/**
 * The query with words that matched only as typos replaced, or null when nothing changed.
 * Quoted phrases and -exclusions are kept as typed (Meilisearch does not typo-match them).
 */
export function suggestCorrection(q: string, matchedWords: readonly string[]): string | null {
  const words = vocabulary(matchedWords);
  if (words.size === 0) return null;
  const corrected = q.replace(/"[^"]*"?|-\S+|[\p{L}\p{N}\p{M}]+/gu, (token) => (/^["-]/.test(token) ? token : correct(token, words)));
  return fold(corrected) === fold(q) ? null : corrected;
}

/** The query with each plain word quoted: Meilisearch matches a phrase exactly (no typos, no prefix). */
export function verbatimQuery(q: string): string {
  return q.replace(/"[^"]*"?|-\S+|[\p{L}\p{N}\p{M}]+/gu, (token) => (/^["-]/.test(token) ? token : `"${token}"`));
}
