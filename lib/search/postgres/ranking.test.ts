import { describe, expect, it } from "vitest";
import { parseQuery } from "../query-parser";
import { MAX_RANKED_CLAUSES, rankedClauses } from "./ranking";
import type { ClauseStatistics } from "./statistics";
import { queryClauses } from "./tsquery";

/** A 200-character query (the app's limit) of distinct words: more clauses than are ranked. */
const longQuery = Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ").slice(0, 200);

describe("rankedClauses", () => {
  it("ranks at most MAX_RANKED_CLAUSES clauses of a long query, the rarest, in query order", () => {
    const clauses = queryClauses(parseQuery(`${longQuery} `)).wanted;
    expect(clauses.length).toBeGreaterThan(MAX_RANKED_CLAUSES);
    // Word i is in i documents: the first words are the rarest.
    const statistics: ClauseStatistics[] = clauses.map((_, i) => ({ idf: 1 / (i + 1), useAlternatives: false }));
    const ranked = rankedClauses(clauses, statistics);
    expect(ranked.clauses).toHaveLength(MAX_RANKED_CLAUSES);
    expect(ranked.clauses.map((c) => c.text)).toEqual(clauses.slice(0, MAX_RANKED_CLAUSES).map((c) => c.text));
    expect(ranked.statistics).toEqual(statistics.slice(0, MAX_RANKED_CLAUSES));
  });

  it("keeps the rarest wherever they are in the query, and their statistics with them", () => {
    const clauses = queryClauses(parseQuery("ka b c d g f ")).wanted;
    const idf = [0.1, 3, 0.2, 2, 0.3, 1];
    const ranked = rankedClauses(clauses, idf.map((v) => ({ idf: v, useAlternatives: false })), 3);
    expect(ranked.clauses.map((c) => c.text)).toEqual(["b", "d", "f"]);
    expect(ranked.statistics.map((s) => s.idf)).toEqual([3, 2, 1]);
    // Ties keep the earlier words.
    const tied = rankedClauses(clauses, idf.map(() => ({ idf: 1, useAlternatives: false })), 2);
    expect(tied.clauses.map((c) => c.text)).toEqual(["ka", "b"]);
  });

  it("leaves a query within the cap as it is", () => {
    const clauses = queryClauses(parseQuery("crop substitution")).wanted;
    const statistics = clauses.map(() => ({ idf: 1, useAlternatives: true }));
    expect(rankedClauses(clauses, statistics)).toEqual({ clauses, statistics });
  });
});
