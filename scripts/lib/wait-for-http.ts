const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls a URL until it answers 200. Returns false at the deadline, or as soon as
 * `stillRunning` says the server process is gone.
 */
export async function waitForHttpOk(
  url: string,
  options: { timeoutMs: number; intervalMs?: number; stillRunning?: () => boolean },
): Promise<boolean> {
  const deadline = performance.now() + options.timeoutMs;
  while (performance.now() < deadline) {
    if (options.stillRunning && !options.stillRunning()) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status === 200) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(options.intervalMs ?? 100);
  }
  return false;
}
