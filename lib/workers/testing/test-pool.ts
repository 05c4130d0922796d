// A pool of test workers (always run from source, as under vitest).
import { spawnSourceWorker } from "../spawn-worker";
import { WorkerPool, type WorkerPoolOptions } from "../worker-pool";
import type { TestTask } from "./test-worker";

export function testPool(options: Partial<WorkerPoolOptions> = {}): WorkerPool<TestTask, string> {
  return new WorkerPool<TestTask, string>({
    name: "test pool",
    spawn: (workerOptions) => spawnSourceWorker("lib/workers/testing/test-worker.ts", workerOptions),
    size: 1,
    maxQueued: 10,
    ...options,
  });
}
