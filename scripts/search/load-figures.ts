// Figures of search:bench-load and search:bench-publish, from per-request milliseconds.
// autocannon's own histogram has no p95 (it stops at p90 and p97.5), so the benchmarks keep
// every request's time and summarize it here.
import { percentile, round } from "./metrics";

export interface LatencySummary {
  count: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  max_ms: number | null;
}

/** Nearest-rank percentiles, to 0.1 ms; null figures when nothing was measured. */
export function latencySummary(ms: readonly number[]): LatencySummary {
  if (ms.length === 0) return { count: 0, p50_ms: null, p95_ms: null, p99_ms: null, max_ms: null };
  const at = (p: number) => round(percentile(ms, p), 1);
  return { count: ms.length, p50_ms: at(50), p95_ms: at(95), p99_ms: at(99), max_ms: round(Math.max(...ms), 1) };
}

/** How many times `loaded` is `alone` (2 decimals); null when either is missing or `alone` is 0. */
export function ratio(loaded: number | null, alone: number | null): number | null {
  if (loaded === null || alone === null || alone === 0) return null;
  return round(loaded / alone, 2);
}
