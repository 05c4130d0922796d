// Page latency/throughput of the public browsing pages, per database engine:
//   npm run -s bench:pages -- [--engine embedded|postgres|both] [--duration 30] [--connections 10]
// Each engine gets a fresh platform started through scripts/start.ts (fresh embedded data
// folder, or a scratch database on the local PostgreSQL), so both serve the same seed content.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { freePort } from "../../lib/net/free-port";
import {
  BUILD_STARTED,
  createScratchDatabase,
  installSignalCleanup,
  load,
  retryOnBuildInterference,
  runCleanups,
  startPlatform,
  tempDir,
  waitForOk,
  type Platform,
} from "./platform";

type Engine = "embedded" | "postgres";

// Seeded pages visible to anonymous visitors (PUBLISHED + PUBLIC, no future embargo);
// filters chosen so that some match documents and one matches none.
const GROUPS: Record<string, string[]> = {
  "focus-areas": [
    "/en/focus-areas/security-and-defense",
    "/en/focus-areas/cybersecurity",
    "/en/focus-areas/transnational-crime-and-illicit-finance",
    "/en/focus-areas/counternarcotics?type=BEST_PRACTICE",
    "/en/focus-areas/security-and-defense?year=2022",
    "/en/focus-areas/trade-and-investment?type=REPORT&year=2022",
    "/es/focus-areas/agriculture-and-rural-development?year=2019",
  ],
  documents: [
    "/en/documents/real-time-crime-mapping-precinct-deployment",
    "/en/documents/binational-financial-tracking-trade-based-money-laundering",
    "/en/documents/joint-cybersecurity-operations-2023-results",
    "/en/documents/lavado-activos-comercio-exterior-zonas-francas",
    "/en/documents/mineria-ilegal-oro-bajo-cauca-2022-2023",
    "/es/documents/tpa-at-ten-trade-flows-2012-2022",
  ],
};
const WARMUP_ROUNDS = 3;
const HEALTH_TIMEOUT_MS = 10 * 60_000; // start.ts may have to build first

interface Row {
  engine: Engine;
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
  return { engines, duration, connections };
}

/** First requests pay for lazy work (route modules, Prisma's first queries); keep them out of the figures. */
async function warmUp(baseUrl: string, urls: string[]): Promise<void> {
  for (let round = 1; round <= WARMUP_ROUNDS; round++) {
    for (const url of urls) {
      const started = performance.now();
      const response = await fetch(baseUrl + url);
      await response.arrayBuffer();
      const ms = Math.round(performance.now() - started);
      if (response.status !== 200) console.error(`  warm-up: ${url} answered ${response.status}`);
      if (round === WARMUP_ROUNDS) console.error(`  warm-up ${String(ms).padStart(5)} ms  ${url}`);
    }
  }
}

async function measure(baseUrl: string, engine: Engine, group: string, urls: string[], duration: number, connections: number): Promise<Row> {
  const loadBefore = load();
  console.error(`${engine}: ${group} for ${duration}s with ${connections} connections (load ${loadBefore})…`);
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    // Each connection cycles through the mix in order.
    requests: urls.map((path) => ({ method: "GET", path })),
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));
  return {
    engine, group, urls: urls.length, connections, durationS: result.duration,
    p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, avgMs: result.latency.average,
    reqPerSec: result.requests.average, requests: result.requests.total,
    non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, statusCodes, loadBefore,
  };
}

/** A healthy platform on fresh data (a start that failed in a build is retried on new data). */
async function startEngine(engine: Engine): Promise<{ platform: Platform; readyMs: number }> {
  const port = await freePort();
  const vars: Record<string, string> =
    engine === "embedded" ? { PUENTE_DATA_DIR: tempDir("pages").dir } : { DATABASE_URL: (await createScratchDatabase()).url };
  const platform = startPlatform(port, vars);
  try {
    return { platform, readyMs: await waitForOk(platform, `${platform.baseUrl}/api/health`, HEALTH_TIMEOUT_MS) };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}

async function benchEngine(engine: Engine, duration: number, connections: number): Promise<Row[]> {
  console.error(`${engine}: starting the platform…`);
  const { platform, readyMs } = await retryOnBuildInterference(engine, () => startEngine(engine));
  const built = platform.markAt(BUILD_STARTED) !== undefined;
  console.error(`${engine}: healthy after ${(readyMs / 1000).toFixed(1)}s${built ? " (including a build: sources had changed)" : ""}`);
  const rows: Row[] = [];
  for (const [group, urls] of Object.entries(GROUPS)) {
    await warmUp(platform.baseUrl, urls);
    rows.push(await measure(platform.baseUrl, engine, group, urls, duration, connections));
  }
  await platform.stop();
  return rows;
}

function printTable(rows: Row[]): void {
  const header = ["engine", "group", "p50 ms", "p90 ms", "p99 ms", "req/s", "requests", "non-2xx", "errors"];
  const body = rows.map((r) => [r.engine, r.group, r.p50, r.p90, r.p99, r.reqPerSec.toFixed(1), r.requests, r.non2xx, r.errors + r.timeouts].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]!.length)));
  for (const line of [header, ...body]) console.log(line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
}

async function main(): Promise<void> {
  installSignalCleanup();
  const { engines, duration, connections } = options();
  const rows: Row[] = [];
  try {
    // One engine at a time: both on 2 cores at once would measure contention, not the engine.
    for (const engine of engines) rows.push(...(await benchEngine(engine, duration, connections)));
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
