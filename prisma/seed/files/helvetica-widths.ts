// Advance widths of Helvetica and Helvetica-Bold (from Adobe's AFM files, in 1/1000 em) for
// printable ASCII, so the PDF writer can wrap lines where a reader would expect them.
// Accented letters take their base letter's width; anything else an average one.

// Characters 32 (space) to 126 (~).
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889,
  611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const DEFAULT_WIDTH = 556;
const WIDE: Record<string, number> = { "—": 1000, "…": 1000, "€": 556, "–": 556, "•": 350 };

function charWidth(char: string, table: number[]): number {
  const base = char.normalize("NFD")[0]!;
  const code = base.charCodeAt(0);
  if (code >= 32 && code <= 126) return table[code - 32]!;
  return WIDE[char] ?? DEFAULT_WIDTH;
}

/** Width of text in points at the given font size. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) units += charWidth(char, table);
  return (units * size) / 1000;
}
