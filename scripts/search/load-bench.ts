// Do searches slow the public pages down?
//   npm run -s search:bench-load -- [--db embedded|postgres] [--duration 20] [--page-connections 2]
//     [--search-connections 10] [--docs 0] [--seed 1]
// Starts the platform as bench:pages does (production build through scripts/start.ts, fresh
// seed data), then requests the public page mix (home pages and bench:pages' groups) twice in
// the same run: alone, then while --search-connections clients search through /en/search and
// /api/search with varied queries (search:bench's generator). Prints p50/p95/p99 of the pages
// in both phases and their ratio, the searches' p50/p95 and throughput, errors and the load
// average: a table, then one JSON object on the last line.
// --docs N first adds N generated published documents (./insert-corpus.ts; --db postgres
// only), so that the searches run against more than the seed's ~30 documents.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { GROUPS, startFreshPlatform, warmUp, type Engine } from "../bench/page-mix";
import { load, runBenchmark } from "../bench/platform";
import { generator } from "./corpus";
import { insertGeneratedDocuments } from "./insert-corpus";
import { latencySummary, ratio, type LatencySummary } from "./load-figures";

const PAGES = ["/en", "/es", ...Object.values(GROUPS).flat()];
/** Distinct searches the search clients cycle through. */
const SEARCHES = 200;
const round1 = (value: number) => Math.round(value * 10) / 10;

interface Phase {
  latency: LatencySummary;
  requests: number;
  req_per_s: number;
  non2xx: number;
  errors: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "embedded" },
      duration: { type: "string", default: "20" },
      "page-connections": { type: "string", default: "2" },
      "search-connections": { type: "string", default: "10" },
      docs: { type: "string", default: "0" },
      seed: { type: "string", default: "1" },
    },
  });
  const db = values.db as Engine;
  if (db !== "postgres" && db !== "embedded") throw new Error(`--db must be embedded or postgres (got ${values.db})`);
  const numbers = { duration: Number(values.duration), pageConnections: Number(values["page-connections"]), searchConnections: Number(values["search-connections"]) };
  if (!Object.values(numbers).every((n) => n > 0)) throw new Error("--duration and the connection counts must be positive numbers");
  const docs = Number(values.docs);
  if (!Number.isInteger(docs) || docs < 0) throw new Error("--docs must be a whole number");
  // The embedded database lives inside the platform's process: nothing else can write to it.
  if (docs > 0 && db !== "postgres") throw new Error("--docs needs --db postgres");
  return { db, docs, seed: Number(values.seed), ...numbers };
}

/** Half through the search page, half through the JSON API, each with a different query. */
function searchPaths(seed: number): string[] {
  const gen = generator(seed);
  return Array.from({ length: SEARCHES }, (_, i) => `${i % 2 ? "/api/search" : "/en/search"}?q=${encodeURIComponent(gen.query())}`);
}

/** Requests `paths` in turn on each connection for `duration` seconds, keeping every request's time. */
async function measure(baseUrl: string, paths: string[], connections: number, duration: number): Promise<Phase> {
  const ms: number[] = [];
  const instance = autocannon({ url: baseUrl, connections, duration, requests: paths.map((path) => ({ method: "GET", path })) });
  instance.on("response", (_client, _status, _bytes, responseTime) => ms.push(responseTime));
  const result = await instance;
  return {
    latency: latencySummary(ms), requests: result.requests.total, req_per_s: round1(result.requests.average),
    non2xx: result.non2xx, errors: result.errors + result.timeouts,
  };
}

async function bench(opts: ReturnType<typeof options>) {
  const { platform, databaseUrl } = await startFreshPlatform(opts.db);
  const corpus = opts.docs > 0 ? await insertGeneratedDocuments(databaseUrl!, opts.docs, opts.seed) : null;
  const searches = searchPaths(opts.seed);
  await warmUp(platform.baseUrl, PAGES);
  await warmUp(platform.baseUrl, searches.slice(0, 6));
  const loadAverage = { before: load(), after_pages_alone: 0, after_pages_with_search: 0 };
  console.error(`pages alone: ${opts.duration}s, ${opts.pageConnections} connections (load ${loadAverage.before})…`);
  const alone = await measure(platform.baseUrl, PAGES, opts.pageConnections, opts.duration);
  loadAverage.after_pages_alone = load();
  console.error(`pages with ${opts.searchConnections} search connections: ${opts.duration}s (load ${loadAverage.after_pages_alone})…`);
  const [withSearch, search] = await Promise.all([
    measure(platform.baseUrl, PAGES, opts.pageConnections, opts.duration),
    measure(platform.baseUrl, searches, opts.searchConnections, opts.duration),
  ]);
  loadAverage.after_pages_with_search = load();
  await platform.stop();
  const ratios = {
    ratio_p50: ratio(withSearch.latency.p50_ms, alone.latency.p50_ms),
    ratio_p95: ratio(withSearch.latency.p95_ms, alone.latency.p95_ms),
    ratio_p99: ratio(withSearch.latency.p99_ms, alone.latency.p99_ms),
  };
  return {
    db: opts.db, generated_docs: opts.docs, ...(corpus && { corpus_insert_s: round1(corpus.insertSeconds), corpus_index_s: round1(corpus.indexSeconds) }),
    duration_s: opts.duration, page_connections: opts.pageConnections, search_connections: opts.searchConnections, page_urls: PAGES.length, search_queries: SEARCHES,
    pages: { alone, with_search: withSearch, ...ratios }, search, load_average_1m: loadAverage,
  };
}

function printTable(report: Awaited<ReturnType<typeof bench>>): void {
  const rows = [
    ["pages alone", report.pages.alone],
    ["pages + search", report.pages.with_search],
    ["search", report.search],
  ] as const;
  const header = ["phase", "p50 ms", "p95 ms", "p99 ms", "req/s", "requests", "non-2xx", "errors"];
  const body = rows.map(([name, p]) => [name, p.latency.p50_ms, p.latency.p95_ms, p.latency.p99_ms, p.req_per_s, p.requests, p.non2xx, p.errors].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]!.length)));
  for (const line of [header, ...body]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  const { ratio_p50, ratio_p95, ratio_p99 } = report.pages;
  console.log(`pages with search / alone: p50 ×${ratio_p50}, p95 ×${ratio_p95}, p99 ×${ratio_p99}; load average (1 min) ${Object.values(report.load_average_1m).join(" → ")}`);
}

runBenchmark("search:bench-load", () => bench(options()), printTable);
