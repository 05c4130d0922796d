// search:bench --during-rebuild: the same queries while the index is rebuilt beside the live
// one (lib/search/postgres/rebuild.ts), one after another as a busy site would send them, to
// show what a rebuild costs the searches and pages running meanwhile.
import type { Filter } from "../../lib/search/filter";
import type { SearchDocument } from "../../lib/search/types";
import type { Harness } from "./harness";
import { inBatches } from "./harness";
import { percentile, round } from "./metrics";

export interface RebuildLoad {
  rebuild_seconds: number;
  searches: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

export async function searchesDuringRebuild(harness: Harness, docs: SearchDocument[], queries: string[], access: Filter): Promise<RebuildLoad> {
  let done = false;
  const started = performance.now();
  const rebuild = harness.engine.rebuild(inBatches(docs, 1000)).finally(() => (done = true));
  const ms: number[] = [];
  for (let i = 0; !done; i++) {
    const start = performance.now();
    await harness.engine.search({ q: queries[i % queries.length]!, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, access);
    ms.push(performance.now() - start);
  }
  await rebuild;
  const rebuildSeconds = (performance.now() - started) / 1000;
  return {
    rebuild_seconds: round(rebuildSeconds, 1), searches: ms.length, p50_ms: round(percentile(ms, 50), 1),
    p95_ms: round(percentile(ms, 95), 1), p99_ms: round(percentile(ms, 99), 1), max_ms: round(Math.max(...ms), 1),
  };
}
