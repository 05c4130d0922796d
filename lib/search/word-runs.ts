// The words of a text as the index counts them: every run of letters and digits (Unicode's L
// and N). Indexing walks every document's whole text with this, so ASCII texts, the most
// common, are scanned by character code rather than by a Unicode regular expression.
import { hasNonAscii, isAsciiWordChar } from "./fold-word";

const WORD = /[\p{L}\p{N}]+/gu;

/** Calls `each` with every word of the text, in order. */
export function forEachWord(text: string, each: (word: string) => void): void {
  if (hasNonAscii(text)) {
    for (const match of text.matchAll(WORD)) each(match[0]);
    return;
  }
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isAsciiWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      each(text.slice(start, i));
      start = -1;
    }
  }
}

/** How many words the text has. */
export function countWords(text: string): number {
  let n = 0;
  forEachWord(text, () => n++);
  return n;
}
