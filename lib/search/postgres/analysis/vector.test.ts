import { describe, expect, it } from "vitest";
import { analyseTokens, concatVectors, vectorText } from "./vector";

const lower = (token: string) => [token.toLowerCase()];
const stop = new Set(["the", "of"]);
const withStopWords = (token: string) => (stop.has(token.toLowerCase()) ? [] : [token.toLowerCase()]);

describe("vectors as PostgreSQL builds them", () => {
  it("gives stop words a position but no lexeme", () => {
    expect(vectorText(analyseTokens(["The", "cat", "of", "the", "cat"], withStopWords), "D")).toBe("'cat':2,5");
  });

  it("keeps a lexeme's first 255 positions and counts every position past 16,383 as 16,383", () => {
    const v = analyseTokens(Array.from({ length: 300 }, () => "w"), lower);
    expect(v.get("w")).toHaveLength(255);
    const long = analyseTokens([...Array.from({ length: 16_390 }, (_, i) => `t${i % 3}`), "end", "end"], lower);
    expect(long.get("end")).toEqual([16_383]);
  });

  it("moves the right-hand vector past the left-hand one's highest position, keeping 256 positions", () => {
    const joined = concatVectors(analyseTokens(["the", "cat", "the"], withStopWords), analyseTokens(["the", "cat", "the"], lower));
    expect(vectorText(joined, "D")).toBe("'cat':2,4 'the':3,5");
    const many = concatVectors(analyseTokens(Array.from({ length: 200 }, () => "w"), lower), analyseTokens(Array.from({ length: 200 }, () => "w"), lower));
    expect(many.get("w")).toHaveLength(256);
    expect(many.get("w")!.at(-1)).toBe(256);
  });

  it("writes weights and quotes lexemes as tsvector input reads them", () => {
    const v = analyseTokens(["it's", "a\\b"], lower);
    expect(vectorText(v, "A")).toBe("'it''s':1A 'a\\\\b':2A");
  });
});
