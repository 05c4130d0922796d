// Retrieval metrics for search:eval (graded judgments, as in trec_eval).
/** Judgments of one query: document id → graded gain (0 or missing = not relevant). */
export type Judgments = ReadonlyMap<string, number>;

/** nDCG@k: gain / log2(rank + 1), normalized by the ideal ranking of all judged documents. */
export function ndcgAt(ranked: readonly string[], judged: Judgments, k = 10): number {
  const dcg = (gains: number[]) => gains.slice(0, k).reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  const ideal = dcg([...judged.values()].filter((g) => g > 0).sort((a, b) => b - a));
  if (ideal === 0) return 0;
  return dcg(ranked.map((id) => judged.get(id) ?? 0)) / ideal;
}

/** MRR@k: 1 / rank of the first document with a positive gain within the top k, else 0. */
export function mrrAt(ranked: readonly string[], judged: Judgments, k = 10): number {
  const index = ranked.slice(0, k).findIndex((id) => (judged.get(id) ?? 0) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

/** Recall@k: share of the relevant (gain > 0) documents found in the top k. */
export function recallAt(ranked: readonly string[], judged: Judgments, k = 100): number {
  const relevant = [...judged].filter(([, g]) => g > 0).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Percentile by nearest rank (p in 0..100) of unsorted values; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
export const round = (value: number, digits: number) => Number(value.toFixed(digits));
