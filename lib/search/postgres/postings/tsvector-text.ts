// PostgreSQL's text forms of tsvector and tsquery, read back into values: the postings index
// (./store.ts) keeps exactly what PostgreSQL's analysis produced (every lexeme, position and
// weight), so matching and scoring in memory agree with the text index they stand in for.
// A lexeme is quoted with '' for a quote and \\ for a backslash inside it.

/** Text these readers do not understand: the engine then searches with SQL alone. */
export class UnreadableTextSearchValue extends Error {}

/** One lexeme of a text vector: its positions, and how many of them carry each weight (A, B, C, D). */
export interface VectorEntry {
  lexeme: string;
  positions: number[];
  weights: [number, number, number, number];
}

const WEIGHT_INDEX: Record<string, number> = { A: 0, B: 1, C: 2, D: 3 };

/** Reads a quoted lexeme starting at `text[start]` (a quote); returns it and the index after its closing quote. */
export function readQuoted(text: string, start: number): [string, number] {
  let out = "";
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\\") {
      out += text[i + 1] ?? "";
      i += 2;
    } else if (c === "'") {
      if (text[i + 1] === "'") {
        out += "'";
        i += 2;
      } else return [out, i + 1];
    } else {
      out += c;
      i++;
    }
  }
  throw new UnreadableTextSearchValue("unterminated lexeme in a text search value");
}

/** Parses `'word':1A,4 'other':2C` (tsvector output). */
export function parseTsvector(text: string): VectorEntry[] {
  const entries: VectorEntry[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === " ") {
      i++;
      continue;
    }
    const [lexeme, after] = readQuoted(text, i);
    const entry: VectorEntry = { lexeme, positions: [], weights: [0, 0, 0, 0] };
    i = after;
    if (text[i] === ":") {
      i++;
      while (i < text.length && text[i] !== " ") {
        let n = 0;
        while (i < text.length && text[i]! >= "0" && text[i]! <= "9") n = n * 10 + (text.charCodeAt(i++) - 48);
        const weight = WEIGHT_INDEX[text[i]!];
        if (weight !== undefined) i++;
        entry.positions.push(n);
        entry.weights[weight ?? 3] = entry.weights[weight ?? 3]! + 1;
        if (text[i] === ",") i++;
      }
    } else entry.weights[3]++;
    entries.push(entry);
  }
  return entries;
}
