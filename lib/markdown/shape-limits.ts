// Cheap checks of a body's shape before it is parsed. The workers' time limit is what bounds
// rendering; these only spare a worker the inputs that are hopeless anyway. Measured
// (scripts/bench/markdown.ts): a line of 5,000 ">" takes seconds and then overflows the
// parser's stack, and 200 KB of them never finish. No real text nests a hundred quotes.
export const MAX_QUOTE_DEPTH = 100;

/** True when some line opens more than MAX_QUOTE_DEPTH block quotes (">" before its text). */
export function exceedsShapeLimits(source: string): boolean {
  let depth = 0;
  let inPrefix = true;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x0a) {
      depth = 0;
      inPrefix = true;
    } else if (!inPrefix) {
      continue;
    } else if (code === 0x3e) {
      if (++depth > MAX_QUOTE_DEPTH) return true;
    } else if (code !== 0x20 && code !== 0x09) {
      inPrefix = false;
    }
  }
  return false;
}
