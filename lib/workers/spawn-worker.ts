// Starting a worker whose entry is a TypeScript module, wherever the code runs:
// - inside Next.js (next start, next dev), Turbopack bundles every literal
//   `new Worker(new URL("./x-worker.ts", import.meta.url), { ...options })` into a worker
//   chunk of its own, so each pool writes that call out next to its entry (a variable for the
//   URL or for the options object defeats the analysis: the .ts is then copied as an asset);
// - run from source (vitest, tsx scripts) nothing is bundled, and Node 20 neither loads a .ts
//   entry nor passes tsx's hooks on to a worker: ts-worker-boot.mjs registers tsx inside the
//   worker, then imports the entry.
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

export function runningFromSource(): boolean {
  // eslint-disable-next-line no-restricted-properties -- set by Next.js itself (as read in instrumentation.ts), not configuration
  return process.env.NEXT_RUNTIME === undefined;
}

/**
 * entry: the worker module's path from the project root, which is the working directory of
 * every script and test run. Built with URLs, not node:path, so the bundler sees no dynamic
 * file access in code it never runs.
 */
export function spawnSourceWorker(entry: string, options: WorkerOptions): Worker {
  const root = pathToFileURL(`${process.cwd()}/`);
  const boot = new URL("lib/workers/ts-worker-boot.mjs", root);
  return new Worker(/* turbopackIgnore: true */ boot, { ...options, workerData: { tsEntry: new URL(entry, root).href } });
}
