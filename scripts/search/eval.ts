// npm run search:eval -- --collection DIR [--queries FILE] [--engine postgres|meilisearch]
//   [--run-out FILE] [--db embedded|postgres]
// Indexes a relevance collection (docs.jsonl, queries.jsonl, qrels.tsv, meta.json) into a
// throwaway database through engine.rebuild, runs the queries as an admin, and prints one
// JSON line with nDCG@10, MRR@10, Recall@100 and query latency.
// A document's language is meta.json's `language` unless its docs.jsonl line has its own
// (`"language": "en" | "es"`), so a mixed-language collection is indexed as the app would
// (see search:mixed-collection). Queries may carry a `language` too: they are still analysed
// in both languages, but the figures are then also given per query language (`by_language`).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { searchAccessFilter } from "../../lib/search/access-filter";
import type { SearchDocument } from "../../lib/search/types";
import { type CollectionLanguage, type DocLine, readCollection } from "./collection";
import { inBatches, openHarness, parseArgs, pick, runMain, warmEngine } from "./harness";
import { mean, mrrAt, ndcgAt, percentile, recallAt, round } from "./metrics";

const DEPTH = 100;

function toSearchDocument(d: DocLine, language: CollectionLanguage): SearchDocument {
  return {
    id: d.id, slug: `doc-${d.id}`, title: d.title ?? "", summary: "", body: d.text ?? "", bodyText: d.text ?? "", details: "", credits: "", tags: [], focusAreas: [],
    organization: null, countries: [], sectors: [], type: "RESEARCH", language, year: null, date: 0, visibility: "PUBLIC",
    organizationId: null, contributorId: null, embargoUntil: null, chunks: [],
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of [...values].sort()) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

runMain("search:eval", async () => {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.get("collection");
  if (!dir) throw new Error("--collection DIR is required");
  const queriesFile = args.get("queries") ?? path.join(dir, "queries.jsonl");
  const engineName = pick(args.get("engine"), ["postgres", "meilisearch"] as const, "postgres", "engine");
  const dbKind = pick(args.get("db"), ["postgres", "embedded"] as const, "embedded", "db");
  const runOut = args.get("run-out");
  const log = (s: string) => console.error(`[search:eval] ${s}`);

  const collection = readCollection(dir, queriesFile);
  const { queries, qrels, mixed } = collection;
  const docs = collection.docs.map((d) => toSearchDocument(d, d.language));
  if (mixed) log(`document languages: ${JSON.stringify(countBy(docs.map((d) => d.language)))}`);

  const harness = await openHarness(engineName, dbKind, log);
  try {
    const started = performance.now();
    await harness.engine.rebuild(inBatches(docs, 500));
    await warmEngine(harness);
    log(`indexed ${docs.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const access = searchAccessFilter({ kind: "user", id: "eval", role: "ADMIN", verified: true, organizationIds: [], adminOrganizationIds: [], reviewerFocusAreaIds: [] });
    const ndcg: number[] = [], mrr: number[] = [], recall: number[] = [], latency: number[] = [];
    const runLines: string[] = [];
    for (const query of queries) {
      const t0 = performance.now();
      const result = await harness.engine.search({ q: query.text, filters: {}, sort: "relevance", page: 1, pageSize: DEPTH }, access);
      const hits = [...result.hits];
      // Page through in case an engine caps the page size below DEPTH.
      for (let page = 2; hits.length < Math.min(DEPTH, result.total) && result.hits.length > 0; page++) {
        const more = await harness.engine.search({ q: query.text, filters: {}, sort: "relevance", page, pageSize: result.hits.length }, access);
        if (more.hits.length === 0) break;
        hits.push(...more.hits);
      }
      latency.push(performance.now() - t0);
      const ranked = hits.slice(0, DEPTH).map((h) => h.id);
      hits.slice(0, DEPTH).forEach((h, i) => runLines.push(`${query.id} Q0 ${h.id} ${i + 1} ${h.score} puente-${engineName}`));
      const judged = qrels.get(query.id) ?? new Map<string, number>();
      ndcg.push(ndcgAt(ranked, judged, 10));
      mrr.push(mrrAt(ranked, judged, 10));
      recall.push(recallAt(ranked, judged, DEPTH));
    }
    // Per query language, only when the queries file gives languages (the line is unchanged otherwise).
    const byLanguage: Record<string, Record<string, number>> = {};
    if (queries.some((q) => q.language !== undefined)) {
      for (const lang of [...new Set(queries.map((q) => q.language ?? "unknown"))].sort()) {
        const at = queries.flatMap((q, i) => ((q.language ?? "unknown") === lang ? [i] : []));
        const of = (values: number[]) => round(mean(at.map((i) => values[i]!)), 4);
        byLanguage[lang] = { queries: at.length, "ndcg@10": of(ndcg), "mrr@10": of(mrr), "recall@100": of(recall) };
      }
    }
    if (runOut) writeFileSync(runOut, runLines.join("\n") + (runLines.length ? "\n" : ""));
    console.log(JSON.stringify({
      collection: collection.name, engine: engineName, queries: queries.length, queries_file: path.basename(queriesFile),
      "ndcg@10": round(mean(ndcg), 4), "mrr@10": round(mean(mrr), 4), "recall@100": round(mean(recall), 4),
      p50_ms: round(percentile(latency, 50), 1), p95_ms: round(percentile(latency, 95), 1),
      ...(mixed ? { docs_by_language: countBy(docs.map((d) => d.language)) } : {}),
      ...(Object.keys(byLanguage).length ? { by_language: byLanguage } : {}),
    }));
  } finally {
    await harness.close();
  }
});
