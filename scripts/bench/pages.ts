// Page latency/throughput of the public browsing pages, per database engine, with and without
// the visitor cache (lib/cache/visitor-cache.ts), side by side in one run:
//   npm run -s bench:pages -- [--engine embedded|postgres|both] [--cache off|on|both] [--duration 30] [--connections 10]
// Each engine and cache setting gets a fresh platform started through scripts/start.ts (fresh
// embedded data folder, or a scratch database on the local PostgreSQL), so all serve the same
// seed content; the requests are anonymous, as most traffic is.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { GROUPS, startFreshPlatform, warmUp, type Engine } from "./page-mix";
import { installSignalCleanup, load, runCleanups } from "./platform";

interface Row {
  engine: Engine;
  cache: "off" | "on";
  group: string;
  urls: number;
  connections: number;
  durationS: number;
  p50: number;
  p90: number;
  p99: number;
  avgMs: number;
  reqPerSec: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** 1-minute load average before the run (2 cores: above ~1 someone else competes for CPU). */
  loadBefore: number;
}

function options() {
  const { values } = parseArgs({
    options: {
      engine: { type: "string", default: "both" },
      cache: { type: "string", default: "both" },
      duration: { type: "string", default: "30" },
      connections: { type: "string", default: "10" },
    },
  });
  const engines: Engine[] = values.engine === "both" ? ["embedded", "postgres"] : [values.engine as Engine];
  if (!engines.every((engine) => engine === "embedded" || engine === "postgres")) {
    throw new Error(`--engine must be embedded, postgres or both (got ${values.engine})`);
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0) || !(connections > 0)) throw new Error("--duration and --connections must be positive numbers");
  const caches = (values.cache === "both" ? ["off", "on"] : [values.cache]) as Row["cache"][];
  if (!caches.every((c) => c === "off" || c === "on")) throw new Error(`--cache must be off, on or both (got ${values.cache})`);
  return { engines, caches, duration, connections };
}

async function measure(baseUrl: string, engine: Engine, cache: Row["cache"], group: string, urls: string[], duration: number, connections: number): Promise<Row> {
  const loadBefore = load();
  console.error(`${engine}, cache ${cache}: ${group} for ${duration}s with ${connections} connections (load ${loadBefore})…`);
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    // Each connection cycles through the mix in order.
    requests: urls.map((path) => ({ method: "GET", path })),
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));
  return {
    engine, cache, group, urls: urls.length, connections, durationS: result.duration,
    p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, avgMs: result.latency.average,
    reqPerSec: result.requests.average, requests: result.requests.total,
    non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, statusCodes, loadBefore,
  };
}

async function benchEngine(engine: Engine, cache: Row["cache"], duration: number, connections: number): Promise<Row[]> {
  const { platform } = await startFreshPlatform(engine, { VISITOR_CACHE: cache === "on" ? "true" : "false" });
  const rows: Row[] = [];
  for (const [group, urls] of Object.entries(GROUPS)) {
    await warmUp(platform.baseUrl, urls);
    rows.push(await measure(platform.baseUrl, engine, cache, group, urls, duration, connections));
  }
  await platform.stop();
  return rows;
}

function printTable(rows: Row[]): void {
  const header = ["engine", "cache", "group", "p50 ms", "p90 ms", "p99 ms", "req/s", "requests", "non-2xx", "errors", "load", "req/s on/off"];
  const ratio = (r: Row) => {
    const off = rows.find((o) => o.engine === r.engine && o.group === r.group && o.cache === "off");
    return r.cache === "on" && off ? (r.reqPerSec / off.reqPerSec).toFixed(2) : "";
  };
  const body = rows.map((r) => [r.engine, r.cache, r.group, r.p50, r.p90, r.p99, r.reqPerSec.toFixed(1), r.requests, r.non2xx, r.errors + r.timeouts, r.loadBefore, ratio(r)].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]!.length)));
  for (const line of [header, ...body]) console.log(line.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
}

async function main(): Promise<void> {
  installSignalCleanup();
  const { engines, caches, duration, connections } = options();
  const rows: Row[] = [];
  try {
    // One engine at a time: both on 2 cores at once would measure contention, not the engine.
    for (const engine of engines) for (const cache of caches) rows.push(...(await benchEngine(engine, cache, duration, connections)));
  } finally {
    await runCleanups();
  }
  for (const row of rows) console.log(JSON.stringify(row));
  console.log();
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(`bench:pages failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
