// The markdown workers: at most two (the machines have two cores), started on first use and
// kept warm, one per process (on globalThis, so dev hot reloads reuse them).
import { availableParallelism } from "node:os";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { runningFromSource, spawnSourceWorker } from "../workers/spawn-worker";
import { WorkerPool } from "../workers/worker-pool";

function spawn(options: WorkerOptions): Worker {
  if (runningFromSource()) return spawnSourceWorker("lib/markdown/markdown-worker.ts", options);
  // Written out literally, options as an object literal: only this form makes Turbopack
  // bundle the entry into a worker chunk of its own (else it copies the .ts as an asset).
  return new Worker(new URL("./markdown-worker.ts", import.meta.url), { ...options });
}

export type MarkdownPool = WorkerPool<string, string>;

export function createMarkdownPool(size = Math.min(2, availableParallelism())): MarkdownPool {
  return new WorkerPool<string, string>({
    name: "markdown",
    spawn,
    size,
    // A body is at most 200,000 characters; rendering a large real one needs well under this.
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
    // Beyond this many renders waiting, answering plain text at once beats queueing.
    maxQueued: 200,
  });
}

const globalForPool = globalThis as unknown as { puenteMarkdownPool?: MarkdownPool };

export function markdownPool(): MarkdownPool {
  globalForPool.puenteMarkdownPool ??= createMarkdownPool();
  return globalForPool.puenteMarkdownPool;
}
