// Markdown rendering with bounded work, against the old in-thread path, in one run:
//   npm run -s bench:markdown -- [--size 200000] [--cap 60] [--runs 30]
// 1. Hostile bodies (each pattern at --size characters): "before" is the old path, the
//    synchronous render that held the request thread (run on a throwaway thread so this
//    benchmark can stop it at --cap seconds); "after" is renderMarkdown() as the server calls
//    it (a warm worker, the 10 s limit, the shape check), with this thread's longest stall and
//    event-loop utilization meanwhile.
// 2. An ordinary 20 KB document, --runs times (a new text each time, so the cache never
//    answers): in-thread against on a worker, p50 and p95, so the worker's overhead is known.
// Workers run from source here (tsx inside each worker); their start-up is excluded (warmed).
// Prints a table, then one JSON object. Ctrl-C stops the workers and exits.
import os from "node:os";
import { parseArgs } from "node:util";
import { sampleParagraphs } from "../../lib/extract/testing/sample-text";
import { markdownPool } from "../../lib/markdown/markdown-pool";
import { renderInThisThread } from "../../lib/markdown/processor";
import { MARKDOWN_TIMEOUT_MS, renderMarkdown } from "../../lib/markdown/render";
import { exceedsShapeLimits } from "../../lib/markdown/shape-limits";
import { spawnSourceWorker } from "../../lib/workers/spawn-worker";
import { watchThread } from "../../lib/workers/testing/watch-thread";
import { WorkerPool } from "../../lib/workers/worker-pool";
import { deferCleanup, installSignalCleanup, load, runCleanups } from "./platform";

const round = (ms: number) => Math.round(ms);
const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

function options() {
  const { values } = parseArgs({ options: { size: { type: "string", default: "200000" }, cap: { type: "string", default: "60" }, runs: { type: "string", default: "30" } } });
  const [size, cap, runs] = [Number(values.size), Number(values.cap), Number(values.runs)];
  if (![size, cap, runs].every((n) => Number.isInteger(n) && n > 0)) throw new Error("--size, --cap and --runs must be positive integers");
  return { size, capMs: cap * 1000, runs };
}

// --- inputs ------------------------------------------------------------------------------

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function growing(line: (i: number) => string, size: number): string {
  let text = "";
  for (let i = 1; text.length < size; i++) text += line(i);
  return text.slice(0, size);
}

/** The shapes that take the parser quadratic time or overflow its stack. */
const HOSTILE: Record<string, (size: number) => string> = {
  "emphasis (*a_ repeated)": (size) => fill("*a_", size),
  "unclosed links ([a]( repeated)": (size) => fill("[a](", size),
  "deep quotes (one line of >)": (size) => `${">".repeat(size - 2)} a`,
  "quotes deepening line by line": (size) => growing((i) => `${">".repeat(i)} a\n`, size),
  "nested lists": (size) => growing((i) => `${"  ".repeat(i)}- a\n`, size),
  "backtick runs": (size) => growing((i) => `${"`".repeat(i)}a`, size),
};

/** A realistic document of about `size` characters: headings, paragraphs, lists, a table, links. */
function ordinaryDocument(size: number, seed: number): string {
  const paragraphs = sampleParagraphs(400, seed);
  const blocks: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    const text = paragraphs[i % paragraphs.length]!;
    const block =
      i % 7 === 0 ? `## Section ${i / 7 + 1}\n\n${text}` :
      i % 5 === 0 ? `- **${text.slice(0, 40)}** and [a source](https://example.org/${seed}/${i})\n- _${text.slice(40, 80)}_\n- \`code ${i}\`` :
      i % 11 === 0 ? `| Indicator | Value |\n|---|---|\n| ${text.slice(0, 30)} | ${i} |` : text;
    blocks.push(block);
    length += block.length + 2;
  }
  return blocks.join("\n\n").slice(0, size);
}

// --- measuring ---------------------------------------------------------------------------

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}


async function benchHostile(size: number, capMs: number) {
  // The old path, stoppable: one throwaway thread with the default heap (as the request thread
  // had), no time limit but the cap.
  const baseline = new WorkerPool<string, string>({
    name: "in-thread baseline",
    spawn: (workerOptions) => spawnSourceWorker("lib/markdown/markdown-worker.ts", workerOptions),
    size: 1,
    maxQueued: 1,
  });
  deferCleanup(() => baseline.close());
  await Promise.all([baseline.warm(), markdownPool().warm()]);
  const rows = [];
  for (const [pattern, make] of Object.entries(HOSTILE)) {
    const source = make(size);
    console.error(`${pattern}: before… (load ${load()})`);
    const started = performance.now();
    const old = await baseline.run(source, { timeoutMs: capMs });
    const beforeMs = performance.now() - started;
    const before = old.ok ? { ms: round(beforeMs), outcome: "rendered" } : old.failure === "timeout" ? { ms: round(beforeMs), outcome: `still running at the ${capMs / 1000} s cap` } : { ms: round(beforeMs), outcome: old.message ?? old.failure };
    console.error(`${pattern}: after… (load ${load()})`);
    const after = await watchThread(() => renderMarkdown(source));
    const how = after.value.formatted ? "formatted" : exceedsShapeLimits(source) ? "plain text (shape limit)" : "plain text (timeout)";
    rows.push({ pattern, chars: source.length, before, after: { ms: round(after.ms), outcome: how, longestStallMs: round(after.longestStallMs), utilization: Math.round(after.utilization * 100) / 100 } });
  }
  return rows;
}

async function benchOrdinary(runs: number) {
  const size = 20_000;
  const inThread: number[] = [];
  const onWorker: number[] = [];
  renderInThisThread(ordinaryDocument(size, 0)); // warm-up: module loading, JIT
  await renderMarkdown(ordinaryDocument(size, 0));
  for (let run = 1; run <= runs; run++) {
    const source = ordinaryDocument(size, run);
    let started = performance.now();
    renderInThisThread(source);
    inThread.push(performance.now() - started);
    started = performance.now();
    const rendered = await renderMarkdown(`${source}\n\n${run}`); // never a cache hit
    onWorker.push(performance.now() - started);
    if (!rendered.formatted) throw new Error(`an ordinary document was not formatted (run ${run})`);
  }
  const summary = (values: number[]) => ({ p50: round(percentile(values, 0.5)), p95: round(percentile(values, 0.95)) });
  return { chars: size, runs, inThreadMs: summary(inThread), workerMs: summary(onWorker) };
}

function printTable(hostile: Awaited<ReturnType<typeof benchHostile>>, ordinary: Awaited<ReturnType<typeof benchOrdinary>>): void {
  console.log(`Hostile bodies (worker limit ${MARKDOWN_TIMEOUT_MS / 1000} s):`);
  for (const row of hostile) {
    console.log(`  ${row.pattern.padEnd(32)} before ${String(row.before.ms).padStart(6)} ms ${row.before.outcome}`);
    const thread = `; this thread: longest stall ${row.after.longestStallMs} ms${row.after.ms < 1000 ? "" : `, utilization ${row.after.utilization}`}`;
    console.log(`  ${"".padEnd(32)} after  ${String(row.after.ms).padStart(6)} ms ${row.after.outcome}${thread}`);
  }
  console.log(`Ordinary ${ordinary.chars / 1000} KB document, ${ordinary.runs} runs: in-thread p50 ${ordinary.inThreadMs.p50} ms, p95 ${ordinary.inThreadMs.p95} ms; worker p50 ${ordinary.workerMs.p50} ms, p95 ${ordinary.workerMs.p95} ms`);
  console.log();
}

async function main(): Promise<void> {
  installSignalCleanup();
  deferCleanup(() => markdownPool().close());
  const { size, capMs, runs } = options();
  const loadAverageStart = loadAverage();
  const hostile = await benchHostile(size, capMs);
  console.error(`ordinary documents… (load ${load()})`);
  const ordinary = await benchOrdinary(runs);
  const result = { hostile, ordinary, timeoutMs: MARKDOWN_TIMEOUT_MS, machine: { node: process.version, cpus: os.cpus().length, loadAverageStart, loadAverageEnd: loadAverage() } };
  printTable(hostile, ordinary);
  console.log(JSON.stringify(result, null, 2));
}

main()
  .catch((error: unknown) => {
    console.error(`bench:markdown failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanups());
