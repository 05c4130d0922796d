// Hostile files exhaust only their extraction worker: pdf.js cannot be interrupted from
// inside its own thread (a PDF of 20,000 pages can stay in synchronous parsing past any
// cooperative deadline), so the pool terminates the worker; a file that needs more memory
// than a worker may use kills that worker alone. This thread stays free throughout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText } from "./extract-text";
import { createExtractionPool, type ExtractionPool } from "./extraction-pool";
import { makeManyPagePdf, makePdf } from "./testing/make-pdf";
import { watchThread } from "@/lib/workers/testing/watch-thread";

const limits = { timeoutMs: 30_000, maxChars: 5_000_000 };
let hostile: Uint8Array;
let ordinary: Uint8Array;
const pools: ExtractionPool[] = [];

beforeAll(async () => {
  [hostile, ordinary] = await Promise.all([makeManyPagePdf(20_000), makePdf([["Ordinary page"]])]);
}, 120_000);
afterAll(() => Promise.all(pools.map((pool) => pool.close())));

async function warmPool(options: Parameters<typeof createExtractionPool>[0]): Promise<ExtractionPool> {
  const pool = createExtractionPool(options);
  pools.push(pool);
  await pool.warm(); // started from source here (tsx in the worker): not part of any timing
  return pool;
}


describe("extraction limits", { timeout: 120_000 }, () => {
  it("stops a PDF that runs past the time limit by terminating its worker, without stalling this thread", async () => {
    const pool = await warmPool({ size: 1 });
    const started = performance.now();
    const load = await watchThread(() => extractText(hostile, "pdf", { ...limits, timeoutMs: 5_000 }, { pool }));
    // Stopped by the worker itself between pages (page count known) or, when pdf.js is stuck
    // parsing, by terminating the worker (page count unknown).
    expect(load.value).toMatchObject({ status: "FAILED", pages: [], error: "timeout" });
    // 5 s, then the 2 s grace of the hard limit: far less than the minutes the file would take.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(load.longestStallMs).toBeLessThan(2_000);
    expect(load.utilization).toBeLessThan(0.3);
    const next = await extractText(ordinary, "pdf", limits, { pool });
    expect(next.pages).toEqual([{ page: 1, text: "Ordinary page" }]);
  });

  it("reports a PDF that exhausts a worker's memory as out_of_memory, and the next file is read", async () => {
    const pool = await warmPool({ size: 1, memoryMb: 32 });
    const load = await watchThread(() => extractText(hostile, "pdf", { ...limits, timeoutMs: 60_000 }, { pool }));
    expect(load.value).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "out_of_memory" });
    expect(load.longestStallMs).toBeLessThan(2_000);
    expect(load.utilization).toBeLessThan(0.3);
    const next = await extractText(ordinary, "pdf", limits, { pool });
    expect(next.pages).toEqual([{ page: 1, text: "Ordinary page" }]);
  });
});
