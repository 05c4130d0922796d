import { afterEach, describe, expect, it } from "vitest";
import { spawnSourceWorker } from "./spawn-worker";
import { testPool } from "./testing/test-pool";
import type { WorkerPool } from "./worker-pool";
import { watchThread } from "./testing/watch-thread";
import type { TestTask } from "./testing/test-worker";

// Workers run from source here (tsx inside each worker): starting one takes a second or more
// on a loaded machine, so every test warms its pool before timing anything.
const pools: WorkerPool<TestTask, string>[] = [];
function pool(options: Parameters<typeof testPool>[0] = {}) {
  const created = testPool(options);
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});


describe("WorkerPool", { timeout: 60_000 }, () => {
  it("answers tasks on warm workers, several at once", async () => {
    const workers = pool({ size: 2 });
    await workers.warm();
    expect(workers.workerCount).toBe(2);
    const answers = await Promise.all(["a", "b", "c", "d"].map((value) => workers.run({ kind: "echo", value }, { timeoutMs: 10_000 })));
    expect(answers.map((answer) => answer.ok && answer.value.split(" ")[0])).toEqual(["a", "b", "c", "d"]);
    const threads = new Set(answers.map((answer) => answer.ok && answer.value.split(" ").at(-1)));
    expect(threads.size).toBe(2);
  });

  it("stops a task that runs past its time, without stalling this thread, and replaces the worker", async () => {
    const workers = pool();
    await workers.warm();
    const started = performance.now();
    const { value: answer, longestStallMs } = await watchThread(() => workers.run({ kind: "spin" }, { timeoutMs: 500 }));
    expect(answer).toEqual({ ok: false, failure: "timeout" });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(longestStallMs).toBeLessThan(2_000);
    const after = await workers.run({ kind: "echo", value: "still here" }, { timeoutMs: 30_000 });
    expect(after).toMatchObject({ ok: true, value: expect.stringMatching(/^still here/) });
    expect(workers.workerCount).toBe(1);
  });

  it("lets a worker that exhausts its memory limit die alone", async () => {
    const workers = pool({ resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } });
    await workers.warm();
    const outcome = await workers.run({ kind: "allocate" }, { timeoutMs: 30_000 });
    expect(outcome).toMatchObject({ ok: false, failure: "out_of_memory" });
    expect(await workers.run({ kind: "echo", value: "after" }, { timeoutMs: 30_000 })).toMatchObject({ ok: true });
  });

  it("keeps the worker after a handler error, and replaces one that exits", async () => {
    const workers = pool();
    await workers.warm();
    const before = await workers.run({ kind: "echo", value: "x" }, { timeoutMs: 10_000 });
    expect(await workers.run({ kind: "throw" }, { timeoutMs: 10_000 })).toEqual({ ok: false, failure: "error", message: "RangeError: Maximum call stack size exceeded" });
    expect(await workers.run({ kind: "echo", value: "x" }, { timeoutMs: 10_000 })).toEqual(before); // same thread
    expect(await workers.run({ kind: "exit" }, { timeoutMs: 10_000 })).toMatchObject({ ok: false, failure: "crashed" });
    expect(await workers.run({ kind: "echo", value: "y" }, { timeoutMs: 30_000 })).toMatchObject({ ok: true });
  });

  it("bounds the queue and the time spent waiting in it", async () => {
    const workers = pool({ maxQueued: 1 });
    await workers.warm();
    const busy = workers.run({ kind: "sleep", ms: 1_500 }, { timeoutMs: 10_000 });
    const waiting = workers.run({ kind: "echo", value: "late" }, { timeoutMs: 10_000, maxWaitMs: 300 });
    expect(await workers.run({ kind: "echo", value: "refused" }, { timeoutMs: 10_000 })).toEqual({ ok: false, failure: "busy" });
    expect(await waiting).toEqual({ ok: false, failure: "busy" });
    expect(await busy).toEqual({ ok: true, value: "slept" });
  });

  it("answers what is still waiting when it closes", async () => {
    const workers = pool();
    await workers.warm();
    const running = workers.run({ kind: "sleep", ms: 5_000 }, { timeoutMs: 10_000 });
    const queued = workers.run({ kind: "echo", value: "never" }, { timeoutMs: 10_000 });
    await workers.close();
    expect(await running).toMatchObject({ ok: false, failure: "crashed" });
    expect(await queued).toMatchObject({ ok: false, failure: "crashed" });
    expect(await workers.run({ kind: "echo", value: "closed" }, { timeoutMs: 10_000 })).toMatchObject({ ok: false, failure: "crashed" });
  });

  it("answers at once when its workers cannot start at all", async () => {
    const broken = pool({ spawn: () => spawnSourceWorker("lib/workers/testing/no-such-worker.ts", {}) });
    expect(await broken.run({ kind: "echo", value: "x" }, { timeoutMs: 30_000 })).toMatchObject({ ok: false, failure: "crashed" });
    const unspawnable = pool({
      spawn: () => {
        throw new TypeError("The worker entry is not a file");
      },
    });
    expect(await unspawnable.run({ kind: "echo", value: "x" }, { timeoutMs: 30_000 })).toEqual({ ok: false, failure: "crashed", message: "The worker entry is not a file" });
  });
});
