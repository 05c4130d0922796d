// Start-up time of `npm start` with the embedded database, to the first 200 on /en:
//   npm run -s bench:start -- [--runs 3]
// cold  = fresh empty data folder (create + migrate + seed), production build already current;
// warm  = the same folder again (already migrated and seeded);
// cold+build = once, with the build fingerprint deleted so that start.ts rebuilds .next.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freePort } from "../../lib/net/free-port";
import { buildIfNeeded } from "../lib/build";
import {
  BUILD_FINISHED,
  BUILD_STARTED,
  BuildInterference,
  installSignalCleanup,
  load,
  median,
  retryOnBuildInterference,
  runCleanups,
  startPlatform,
  tempDir,
  waitForOk,
} from "./platform";

const root = process.cwd();
const START_TIMEOUT_MS = 10 * 60_000;
// Phases that start.ts and Next print, to show where a start spends its time.
const PHASES = {
  dbReadyMs: /Embedded database ready/,
  migratedMs: /Applied migrations|schema is up to date/,
  seededMs: /Seeded demo content/,
  serverListeningMs: /Web server listening/,
};

interface Run {
  kind: "cold" | "warm" | "cold+build";
  firstOkMs: number;
  built: boolean;
  buildFinishedMs?: number;
  loadBefore: number;
  phases: Record<string, number | undefined>;
}

const round = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms));

async function startOnce(kind: Run["kind"], dataDir: string): Promise<Run> {
  const loadBefore = load();
  const platform = startPlatform(await freePort(), { PUENTE_DATA_DIR: dataDir });
  let firstOkMs: number;
  try {
    firstOkMs = await waitForOk(platform, `${platform.baseUrl}/en`, START_TIMEOUT_MS);
  } finally {
    await platform.stop();
  }
  const phases = Object.fromEntries(Object.entries(PHASES).map(([name, pattern]) => [name, round(platform.markAt(pattern))]));
  const run: Run = {
    kind,
    firstOkMs: Math.round(firstOkMs),
    built: platform.markAt(BUILD_STARTED) !== undefined,
    buildFinishedMs: round(platform.markAt(BUILD_FINISHED)),
    loadBefore,
    phases,
  };
  const note = `${run.built ? " (built)" : ""} load ${loadBefore}`;
  console.error(`  ${kind.padEnd(10)} ${(run.firstOkMs / 1000).toFixed(2)}s${note}  ${JSON.stringify(phases)}`);
  return run;
}

/** A build only when there is none: a standalone `next build`, timed, recorded as current. */
async function buildIfMissing(): Promise<number | null> {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return null;
  console.error("No .next/BUILD_ID: running next build once…");
  const started = performance.now();
  await buildIfNeeded(root);
  return Math.round(performance.now() - started);
}

/** Cold start that includes a build (done once: it rewrites .next). */
async function coldWithBuild(): Promise<Run> {
  rmSync(path.join(root, ".next", "puente-build-fingerprint"), { force: true });
  const data = tempDir("start");
  try {
    return await startOnce("cold+build", data.dir);
  } finally {
    await data.remove();
  }
}

/** Cold then warm start on one fresh folder; a run during which start.ts had to build does not count. */
async function coldAndWarm(): Promise<Run[]> {
  const data = tempDir("start");
  try {
    const cold = await startOnce("cold", data.dir);
    const warm = await startOnce("warm", data.dir);
    if (cold.built || warm.built) throw new BuildInterference("start.ts rebuilt during the run (sources changed)");
    return [cold, warm];
  } finally {
    await data.remove();
  }
}

function summarize(runs: Run[], buildOnlyMs: number | null) {
  const clean = (kind: Run["kind"]) => runs.filter((run) => run.kind === kind).map((run) => run.firstOkMs);
  const withBuild = runs.find((run) => run.kind === "cold+build");
  return {
    runs: runs.filter((run) => run.kind !== "cold+build").length / 2,
    coldMedianMs: median(clean("cold")),
    warmMedianMs: median(clean("warm")),
    coldWithBuildMs: withBuild?.firstOkMs ?? null,
    // start.ts builds in parallel with the database start; its "Build finished" line is
    // ~ the build's duration, as start.ts starts building straight away.
    buildMs: buildOnlyMs ?? withBuild?.buildFinishedMs ?? null,
    buildMeasuredBy: buildOnlyMs !== null ? "standalone next build" : "start.ts 'Build finished' line",
    detail: runs,
  };
}

async function main(): Promise<void> {
  installSignalCleanup();
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
  const count = Number(values.runs);
  if (!Number.isInteger(count) || count < 1) throw new Error("--runs must be a positive integer");
  const runs: Run[] = [];
  let buildOnlyMs: number | null = null;
  try {
    buildOnlyMs = await buildIfMissing();
    // The rebuild goes first so that it also makes the build current for the runs after it.
    console.error("Cold start including a build…");
    // A cold+build start can only be disturbed by a concurrent build (ours failing).
    runs.push(await retryOnBuildInterference("cold+build", coldWithBuild));
    for (let i = 1; i <= count; i++) {
      console.error(`Run ${i}/${count}:`);
      runs.push(...(await retryOnBuildInterference(`run ${i}`, coldAndWarm)));
    }
  } finally {
    await runCleanups();
  }
  const summary = summarize(runs, buildOnlyMs);
  console.log(JSON.stringify(summary));
  const s = (ms: number | null) => (ms === null ? "n/a" : `${(ms / 1000).toFixed(2)}s`);
  console.log(`cold (build current) ${s(summary.coldMedianMs)} | warm ${s(summary.warmMedianMs)} | cold incl. build ${s(summary.coldWithBuildMs)} | build ${s(summary.buildMs)} (medians of ${count})`);
}

main().catch((error: unknown) => {
  console.error(`bench:start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
