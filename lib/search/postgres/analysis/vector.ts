// PostgreSQL's to_tsvector, tsvector || tsvector and setweight, done on tokens whose lexemes are
// known, with the same limits: a position above 16,383 counts as 16,383, to_tsvector keeps a
// lexeme's first 255 positions and || its first 256, and the right-hand vector's positions move
// past the left-hand one's highest. The text form built here is read back by PostgreSQL as the
// very vector its own functions make (analysis.int.test.ts compares them).

/** A vector in the making: each lexeme's positions, ascending. */
export type Vector = Map<string, number[]>;

const MAX_POSITION = 16_383;
/** Positions to_tsvector keeps per lexeme. */
const ANALYSED_POSITIONS = 255;
/** Positions || keeps per lexeme. */
const CONCATENATED_POSITIONS = 256;

/** to_tsvector: every token takes a position, stop words included; `lexemesOf` is the dictionary's answer. */
export function analyseTokens(tokens: readonly string[], lexemesOf: (token: string) => readonly string[]): Vector {
  const vector: Vector = new Map();
  for (let i = 0; i < tokens.length; i++) {
    const position = i < MAX_POSITION ? i + 1 : MAX_POSITION;
    for (const lexeme of lexemesOf(tokens[i]!)) {
      const positions = vector.get(lexeme);
      if (!positions) vector.set(lexeme, [position]);
      else if (positions.length < ANALYSED_POSITIONS && positions[positions.length - 1] !== position) positions.push(position);
    }
  }
  return vector;
}

function highestPosition(vector: Vector): number {
  let highest = 0;
  for (const positions of vector.values()) highest = Math.max(highest, positions[positions.length - 1]!);
  return highest;
}

/** left || right (left is reused). */
export function concatVectors(left: Vector, right: Vector): Vector {
  const shift = highestPosition(left);
  for (const [lexeme, positions] of right) {
    let into = left.get(lexeme);
    if (!into) left.set(lexeme, (into = []));
    for (const position of positions) {
      if (into.length >= CONCATENATED_POSITIONS || into[into.length - 1] === MAX_POSITION) break;
      into.push(Math.min(position + shift, MAX_POSITION));
    }
  }
  return left;
}

const quoted = (lexeme: string) => `'${lexeme.replace(/[\\']/g, (c) => (c === "'" ? "''" : "\\\\"))}'`;

/** The text form of setweight(vector, weight); D, the default weight, is written without a letter. */
export function vectorText(vector: Vector, weight: "A" | "B" | "C" | "D"): string {
  const suffix = weight === "D" ? "" : weight;
  const parts: string[] = [];
  for (const [lexeme, positions] of vector) {
    parts.push(`${quoted(lexeme)}:${suffix ? positions.join(`${suffix},`) + suffix : positions.join(",")}`);
  }
  return parts.join(" ");
}
