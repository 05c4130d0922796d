// Next bundles lib/search/worker.ts more than once in one server (instrumentation, route
// handlers, pages and server actions): a publish kicks the worker from a copy other than the
// one that started it, and must not wait for the next tick of its timer.
import { afterEach, beforeEach, expect, it, vi } from "vitest";

const drainOutbox = vi.hoisted(() => vi.fn(async () => ({ applied: 0, failed: 0 })));
vi.mock("./sync", () => ({ drainOutbox }));
vi.mock("./service", () => ({ getSearchEngine: () => ({ reconcile: async () => {} }) }));
vi.mock("@/lib/db", () => ({ db: {} }));

/** Two copies of the module, as two bundles have them. */
async function twoCopies() {
  vi.resetModules();
  const starter = await import("./worker");
  vi.resetModules();
  const other = await import("./worker");
  expect(other).not.toBe(starter);
  return { starter, other };
}

/** Lets a started run reach drainOutbox (a few awaits). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  // Only the half-second timer is frozen: a drain seen here was asked for, not a tick.
  vi.useFakeTimers({ toFake: ["setInterval"] });
});

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("puente.searchWorker.kick")];
  drainOutbox.mockClear();
});

it("applies the outbox at once when another copy of the module is kicked", async () => {
  const { starter, other } = await twoCopies();
  starter.startSearchWorker();
  await settle();
  expect(drainOutbox).toHaveBeenCalledTimes(1);
  other.kickSearchWorker();
  await settle();
  expect(drainOutbox).toHaveBeenCalledTimes(2);
});

it("runs one worker per process, whichever copies start it", async () => {
  const { starter, other } = await twoCopies();
  starter.startSearchWorker();
  other.startSearchWorker();
  await settle();
  expect(drainOutbox).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(500);
  await settle();
  expect(drainOutbox).toHaveBeenCalledTimes(2);
});

it("does nothing where no worker runs", async () => {
  const { other } = await twoCopies();
  other.kickSearchWorker();
  await settle();
  expect(drainOutbox).not.toHaveBeenCalled();
});
