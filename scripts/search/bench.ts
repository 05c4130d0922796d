// npm run search:bench -- [--docs 100000] [--queries 200] [--engine postgres|meilisearch] [--db embedded|postgres] [--seed 1]
//   [--query-length short|long] [--during-rebuild] [--analysis application|database] [--peers]
// Generates a realistic bilingual corpus (seeded, reproducible), indexes it into a throwaway
// database through engine.rebuild (then, for the built-in engine, the same documents into a
// plain full-text table, ./bench-baseline.ts baselineIndexing, for the indexing ratio), then
// measures query latency for short queries (1-3 words; or, with --query-length long, the
// longest the app accepts: 200 characters of distinct words) with and without filters, as an anonymous viewer and as a member of one organization,
// each query followed by the same query through a plain PostgreSQL full-text search
// (./bench-baseline.ts) so that both see the same noise; prints both, their ratio and the load
// average, as JSON. With --during-rebuild, it then rebuilds the index again while the anonymous
// queries run one after another (./bench-rebuild.ts). The built-in engine's memory index is
// loaded before anything is measured (its time and size are printed); SEARCH_MEMORY_INDEX=false
// measures SQL alone. With --peers, after all of that, it times the in-memory search libraries
// search:peers compares relevance with on the same documents and the same query strings, top
// 20, one library at a time (./bench-peers.ts).
import { loadEnv } from "../../lib/env";
import { searchAccessFilter } from "../../lib/search/access-filter";
import type { Filter } from "../../lib/search/filter";
import type { SearchFilters } from "../../lib/search/types";
import { SEARCH_QUERY_MAX } from "../../lib/validation/search";
import { loadavg } from "node:os";
import { baselineIndexing, baselineSearch } from "./bench-baseline";
import { peerLatency } from "./bench-peers";
import { searchesDuringRebuild } from "./bench-rebuild";
import { generator, ORGS, TYPES } from "./corpus";
import { inBatches, openHarness, parseArgs, pick, runMain, warmEngine } from "./harness";
import { percentile, round } from "./metrics";

runMain("search:bench", async () => {
  const args = parseArgs(process.argv.slice(2));
  const count = Number(args.get("docs") ?? 100_000);
  const perScenario = Number(args.get("queries") ?? 200);
  const seed = Number(args.get("seed") ?? 1);
  if (!Number.isInteger(count) || count < 1) throw new Error("--docs must be a positive integer");
  const engineName = pick(args.get("engine"), ["postgres", "meilisearch"] as const, "postgres", "engine");
  const dbKind = pick(args.get("db"), ["postgres", "embedded"] as const, "embedded", "db");
  const queryLength = pick(args.get("query-length"), ["short", "long"] as const, "short", "query-length");
  const analysis = pick(args.get("analysis"), ["application", "database"] as const, "application", "analysis");
  const log = (s: string) => console.error(`[search:bench] ${s}`);

  const gen = generator(seed);
  const t0 = performance.now();
  const docs = Array.from({ length: count }, (_, i) => gen.doc(i));
  const totalWords = docs.reduce((n, d) => n + d.body.split(" ").length, 0);
  log(`generated ${count} documents (${Math.round(totalWords / count)} body words on average) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const harness = await openHarness(engineName, dbKind, log, analysis);
  try {
    const t1 = performance.now();
    await harness.engine.rebuild(inBatches(docs, 1000));
    const indexSeconds = (performance.now() - t1) / 1000;
    log(`indexed in ${indexSeconds.toFixed(1)} s`);
    // The same corpus into a plain full-text table, right after, so that both see the same machine.
    const plainIndexing = engineName === "postgres" ? await baselineIndexing(harness.db, docs) : null;
    if (plainIndexing) log(`plain full-text baseline indexed in ${plainIndexing.seconds.toFixed(1)} s (GIN build ${plainIndexing.gin_seconds.toFixed(1)} s)`);
    const memoryIndex = { enabled: loadEnv().SEARCH_MEMORY_INDEX, ...(await warmEngine(harness)) };
    log(`memory index: ${JSON.stringify(memoryIndex)}`);

    const viewers: Record<string, Filter> = {
      anonymous: searchAccessFilter({ kind: "anonymous" }),
      orgMember: searchAccessFilter({ kind: "user", id: "bench-user-1", role: "MEMBER", verified: true, organizationIds: [ORGS[0]!.id], adminOrganizationIds: [], reviewerFocusAreaIds: [] }),
    };
    const queries = Array.from({ length: perScenario }, () => (queryLength === "long" ? gen.longQuery(SEARCH_QUERY_MAX) : gen.query()));
    const filtersFor = (i: number): SearchFilters => ({ type: [TYPES[i % 3]!], focusArea: [gen.focus[i % gen.focus.length]!.slug] });
    // Warm up (first queries pay for plan caching and cold pages).
    for (const q of queries.slice(0, 5)) await harness.engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, viewers.anonymous!);

    const scenarios: Record<string, unknown> = {};
    const summary = (ms: number[]) => ({ p50_ms: round(percentile(ms, 50), 1), p95_ms: round(percentile(ms, 95), 1), p99_ms: round(percentile(ms, 99), 1), max_ms: round(Math.max(...ms), 1) });
    const load = [loadavg()[0]!];
    // Every query Puente was timed with, as often as it ran, and its timings: what --peers replays.
    const timedQueries: string[] = [];
    const timedMs: number[] = [];
    for (const [viewerName, access] of Object.entries(viewers)) {
      for (const filtered of [false, true]) {
        const ms: number[] = [];
        const baseline: number[] = [];
        let totalHits = 0;
        for (const [i, q] of queries.entries()) {
          const start = performance.now();
          const result = await harness.engine.search({ q, filters: filtered ? filtersFor(i) : {}, sort: "relevance", page: 1, pageSize: 20 }, access);
          ms.push(performance.now() - start);
          totalHits += result.total;
          if (engineName !== "postgres") continue;
          const plainStart = performance.now();
          await baselineSearch(harness.db, q);
          baseline.push(performance.now() - plainStart);
        }
        timedQueries.push(...queries);
        timedMs.push(...ms);
        const name = `${viewerName}${filtered ? "+type+focusArea" : ""}`;
        const puente = summary(ms);
        const plain = baseline.length > 0 ? summary(baseline) : null;
        scenarios[name] = {
          queries: ms.length, ...puente, mean_total_hits: Math.round(totalHits / ms.length),
          ...(plain && { baseline: plain, ratio_p50: round(puente.p50_ms / plain.p50_ms, 2), ratio_p95: round(puente.p95_ms / plain.p95_ms, 2) }),
        };
        load.push(loadavg()[0]!);
        log(`${name}: ${JSON.stringify(scenarios[name])}`);
      }
    }
    const duringRebuild = args.has("during-rebuild") ? await searchesDuringRebuild(harness, docs, queries, viewers.anonymous!) : undefined;
    if (duringRebuild) log(`anonymous during a rebuild: ${JSON.stringify(duringRebuild)}`);
    load.push(loadavg()[0]!);
    const peers = args.has("peers") ? await peerLatency(docs, timedQueries, timedMs, log) : undefined;
    console.log(JSON.stringify({
      engine: engineName, db: dbKind, docs: count, avg_body_words: Math.round(totalWords / count), seed,
      index_seconds: round(indexSeconds, 2),
      ...(plainIndexing && {
        index_baseline: { rows_seconds: round(plainIndexing.rows_seconds, 2), gin_seconds: round(plainIndexing.gin_seconds, 2), seconds: round(plainIndexing.seconds, 2) },
        index_ratio: round(indexSeconds / plainIndexing.seconds, 2),
      }),
      memory_index: { ...memoryIndex, seconds: round(memoryIndex.seconds, 1) }, index_docs_per_s: round(count / indexSeconds, 1), page_size: 20, facets: "always",
      query_words: queryLength === "long" ? `${SEARCH_QUERY_MAX} characters` : "1-3", latency: scenarios, ...(duringRebuild && { during_rebuild: duringRebuild }), ...(peers && { peers }),
      load_average_1m: { min: round(Math.min(...load), 2), max: round(Math.max(...load), 2) },
      baseline: "SearchEntry.tsv through its GIN index, ts_rank, top 20; no access filter, facets, totals or attachments",
      index_baseline_is: "title (A) and summary+body (D) analysed once in the document's language into an unindexed table, then CREATE INDEX USING gin",
    }));
  } finally {
    await harness.close();
  }
});
