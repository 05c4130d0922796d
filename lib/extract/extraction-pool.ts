// The extraction workers: at most two (the machines have two cores), started on first use and
// kept warm (loading pdf.js takes a while), one pool per process (on globalThis, so dev hot
// reloads reuse it). Each worker's heap is capped, so a file that makes pdf.js or mammoth
// build an enormous structure exhausts its own worker, never the server.
import { availableParallelism } from "node:os";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { runningFromSource, spawnSourceWorker } from "../workers/spawn-worker";
import { WorkerPool } from "../workers/worker-pool";
import type { ExtractionTask } from "./extract-document";
import type { ExtractionResult } from "./extraction-result";

function spawn(options: WorkerOptions): Worker {
  if (runningFromSource()) return spawnSourceWorker("lib/extract/extraction-worker.ts", options);
  // Written out literally, options as an object literal: only this form makes Turbopack
  // bundle the entry into a worker chunk of its own (else it copies the .ts as an asset).
  return new Worker(new URL("./extraction-worker.ts", import.meta.url), { ...options });
}

export type ExtractionPool = WorkerPool<ExtractionTask, ExtractionResult>;

/**
 * Heap per worker. Extracting the 100-page benchmark PDF (or a 25 MB one) needs far less;
 * a PDF built to exhaust memory stops here.
 */
export const EXTRACTION_MEMORY_MB = 512;

export function createExtractionPool(options: { size?: number; memoryMb?: number } = {}): ExtractionPool {
  const memoryMb = options.memoryMb ?? EXTRACTION_MEMORY_MB;
  return new WorkerPool<ExtractionTask, ExtractionResult>({
    name: "extraction",
    spawn,
    size: options.size ?? Math.min(2, availableParallelism()),
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4) },
    maxQueued: 20,
  });
}

const globalForPool = globalThis as unknown as { puenteExtractionPool?: ExtractionPool };

export function extractionPool(): ExtractionPool {
  globalForPool.puenteExtractionPool ??= createExtractionPool();
  return globalForPool.puenteExtractionPool;
}
