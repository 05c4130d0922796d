// How busy this thread is while some work runs elsewhere (a worker) or here: the longest gap
// between 10 ms ticks (how long a request arriving meanwhile would have waited) and the event
// loop's utilization (the share of time spent running code rather than waiting). Used by the
// worker tests and bench:markdown.
import { performance as nodePerformance } from "node:perf_hooks";

export interface ThreadLoad<T> {
  value: T;
  ms: number;
  longestStallMs: number;
  utilization: number;
}

export async function watchThread<T>(work: () => Promise<T>): Promise<ThreadLoad<T>> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  const before = nodePerformance.eventLoopUtilization();
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    const { utilization } = nodePerformance.eventLoopUtilization(before);
    longest = Math.max(longest, performance.now() - last); // work that never yielded has no tick at all
    return { value, ms, longestStallMs: longest, utilization };
  } finally {
    clearInterval(ticker);
  }
}
