// search:bench measures Puente's engine side by side with a plain PostgreSQL full-text search
// on the same corpus and queries, in the same run, and says how loaded the machine was; with
// --peers (cheap at 400 documents: about a second), also the in-memory search libraries' latency.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { cleanUpRun, npmRun, type NpmRun } from "../lib/npm-run";
import { LIBRARY_PEERS } from "./peer-engines";

const runs: NpmRun[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) await cleanUpRun(run);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

type Latency = { p50_ms: number; p95_ms: number };
type Scenario = Latency & { baseline: Latency; ratio_p50: number; ratio_p95: number };
type PeerLatency = Latency & { p99_ms: number; build_seconds: number; ratio_p95: number };

it("prints indexing and each scenario beside the plain full-text baseline, their ratios, the peers' latency and the load average", async () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "puente-bench-test-"));
  folders.push(tmp);
  const run = npmRun("search:bench", ["--docs", "400", "--queries", "10", "--peers"], { env: { TMPDIR: tmp } });
  runs.push(run);
  expect(await run.exited, run.output()).toBe(0);
  const report = JSON.parse(run.output().trim().split("\n").at(-1)!) as {
    latency: Record<string, Scenario>;
    load_average_1m: { min: number; max: number };
    index_seconds: number;
    index_baseline: { rows_seconds: number; gin_seconds: number; seconds: number };
    index_ratio: number;
    peers: { queries: number; puente_p95_ms: number; libraries: Record<string, PeerLatency>; load_average_1m: { before: number; after: number } };
  };
  expect(report.index_baseline.rows_seconds).toBeGreaterThan(0);
  expect(report.index_baseline.gin_seconds).toBeGreaterThan(0);
  expect(report.index_baseline.seconds).toBeCloseTo(report.index_baseline.rows_seconds + report.index_baseline.gin_seconds, 1);
  // Within the rounding of two small durations.
  expect(Math.abs(report.index_ratio / (report.index_seconds / report.index_baseline.seconds) - 1)).toBeLessThan(0.25);
  expect(Object.keys(report.latency)).toEqual(["anonymous", "anonymous+type+focusArea", "orgMember", "orgMember+type+focusArea"]);
  for (const scenario of Object.values(report.latency)) {
    expect(scenario.baseline.p50_ms).toBeGreaterThan(0);
    expect(scenario.baseline.p95_ms).toBeGreaterThanOrEqual(scenario.baseline.p50_ms);
    expect(scenario.ratio_p95).toBeCloseTo(scenario.p95_ms / scenario.baseline.p95_ms, 1);
  }
  expect(report.load_average_1m.max).toBeGreaterThanOrEqual(report.load_average_1m.min);
  // Every library, on every scenario's query strings.
  expect(Object.keys(report.peers.libraries)).toEqual(LIBRARY_PEERS.map((peer) => peer.name));
  expect(report.peers.queries).toBe(40);
  for (const peer of Object.values(report.peers.libraries)) {
    expect(peer.build_seconds).toBeGreaterThan(0);
    expect(peer.p50_ms).toBeGreaterThan(0);
    expect(peer.p95_ms).toBeGreaterThanOrEqual(peer.p50_ms);
    expect(peer.p99_ms).toBeGreaterThanOrEqual(peer.p95_ms);
    expect(Number.isFinite(peer.p99_ms)).toBe(true);
    // Within the rounding of two small durations.
    expect(Math.abs(peer.ratio_p95 / (report.peers.puente_p95_ms / peer.p95_ms) - 1)).toBeLessThan(0.25);
  }
  expect(report.peers.load_average_1m.before).toBeGreaterThanOrEqual(0);
  expect(readdirSync(tmp).filter((name) => name.startsWith("puente-"))).toEqual([]);
}, 300_000);
