import { describe, expect, it } from "vitest";
import { orNodes, parseTsquery, queryWords } from "./tsquery-text";
import { parseTsvector } from "./tsvector-text";

describe("reading PostgreSQL's text search values", () => {
  it("reads a text vector's lexemes, positions and weights (D is unmarked)", () => {
    expect(parseTsvector("'cyber':1A,7 'it''s':3B,4C 'a\\\\b':2 'bare'")).toEqual([
      { lexeme: "cyber", positions: [1, 7], weights: [1, 0, 0, 1] },
      { lexeme: "it's", positions: [3, 4], weights: [0, 1, 1, 0] },
      { lexeme: "a\\b", positions: [2], weights: [0, 0, 0, 1] },
      { lexeme: "bare", positions: [], weights: [0, 0, 0, 1] },
    ]);
    expect(parseTsvector("")).toEqual([]);
  });

  it("reads a tsquery with PostgreSQL's precedence: ! over <-> over & over |", () => {
    expect(parseTsquery("'a' | 'b' & !'c' <-> 'd':*")).toEqual({
      op: "or",
      left: { op: "term", lexeme: "a", prefix: false },
      right: {
        op: "and",
        left: { op: "term", lexeme: "b", prefix: false },
        right: { op: "phrase", distance: 1, left: { op: "not", arg: { op: "term", lexeme: "c", prefix: false } }, right: { op: "term", lexeme: "d", prefix: true } },
      },
    });
  });

  it("reads distances, parentheses and quoted quotes, and an empty query as nothing", () => {
    const node = parseTsquery("( 'lavado' <2> 'activo' | 'o''brien' ) & !( 'x' <-> 'y' )");
    expect(node).toMatchObject({ op: "and", left: { op: "or", left: { op: "phrase", distance: 2 }, right: { lexeme: "o'brien" } }, right: { op: "not" } });
    expect(parseTsquery("")).toBeNull();
    expect(() => parseTsquery("'a' &")).toThrow();
  });

  it("lists the words and prefixes a query looks for, and ORs queries leaving out empty ones", () => {
    expect(queryWords(parseTsquery("'a' & 'b':* | 'a'"))).toEqual({ lexemes: ["a"], prefixes: ["b"] });
    const a = parseTsquery("'a'");
    expect(orNodes([null, a, null])).toBe(a);
    expect(orNodes([null])).toBeNull();
  });
});
