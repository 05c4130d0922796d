// Boot file of a worker run from source (vitest, tsx scripts; see spawn-worker.ts): tsx's
// loader registered in this thread, then the TypeScript entry named by the pool.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.tsEntry);
