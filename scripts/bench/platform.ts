// Shared by the benchmarks: runs the platform exactly as `npm start` does (scripts/start.ts in
// a child process), waits for URLs, and manages the throwaway resources (temp folders,
// scratch databases) so that they are removed even when a run fails or is interrupted.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "../../lib/testing/test-database";
import { onStopRequest } from "../lib/stop-signals";

const tsxLoader = import.meta.resolve("tsx");
const STOP_TIMEOUT_MS = 60_000;

// --- cleanup registry --------------------------------------------------------------------

const cleanups = new Set<() => Promise<void>>();

/** Registers a cleanup; the returned function runs it now (once) and unregisters it. */
export function deferCleanup(fn: () => Promise<void> | void): () => Promise<void> {
  let done = false;
  const run = async () => {
    cleanups.delete(run);
    if (done) return;
    done = true;
    await fn();
  };
  cleanups.add(run);
  return run;
}

export async function runCleanups(): Promise<void> {
  // Newest first: a server is stopped before the database it uses is dropped.
  for (const run of [...cleanups].reverse()) {
    await run().catch((error: unknown) => console.error("cleanup failed:", error));
  }
}

/** Ctrl-C (or SIGTERM, or npm gone) during a benchmark must still stop the servers and drop the scratch databases. */
export function installSignalCleanup(): void {
  onStopRequest(() => void runCleanups().finally(() => process.exit(130)));
}

// --- resources ---------------------------------------------------------------------------

export function tempDir(prefix: string): { dir: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `puente-bench-${prefix}-`));
  return { dir, remove: deferCleanup(() => rmSync(dir, { recursive: true, force: true })) };
}

/** An empty database on the test PostgreSQL server (TEST_DATABASE_ADMIN_URL), dropped by `drop`. */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = await createTestDatabase({ migrate: false });
  return { url: database.url, drop: deferCleanup(() => database.drop()) };
}

// --- the platform ------------------------------------------------------------------------

export interface Platform {
  baseUrl: string;
  child: ChildProcess;
  /** Milliseconds since spawn at which a line of output first matched `pattern`, if it did. */
  markAt(pattern: RegExp): number | undefined;
  /** Milliseconds since spawn. */
  sinceSpawn(): number;
  output(): string;
  stop(): Promise<void>;
}

/** Starts scripts/start.ts with `vars` on top of this environment (minus the platform's own variables). */
export function startPlatform(port: number, vars: Record<string, string>): Platform {
  const env = { ...process.env };
  for (const key of ["DATABASE_URL", "PUENTE_DATA_DIR", "EMBEDDED_DB_PORT", "PORT"]) delete env[key];
  const spawnedAt = performance.now();
  // What `npm start` execs, minus npm's own start-up. Own process group for the SIGKILL fallback.
  const child = spawn(process.execPath, ["--import", tsxLoader, "scripts/start.ts"], {
    env: { ...env, ...vars, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: { at: number; text: string }[] = [];
  const collect = (chunk: Buffer) => {
    const at = performance.now() - spawnedAt;
    for (const text of chunk.toString("utf8").split("\n")) if (text.trim()) lines.push({ at, text });
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = deferCleanup(() => stopChild(child));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    markAt: (pattern) => lines.find((line) => pattern.test(line.text))?.at,
    sinceSpawn: () => performance.now() - spawnedAt,
    output: () => lines.map((line) => line.text).join("\n"),
    stop,
  };
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function exited(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** SIGTERM (start.ts stops Next, then closes the database); SIGKILL to the group if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS)));
  const hung = await Promise.race([exited(child).then(() => false), timedOut]);
  clearTimeout(timer);
  if (hung && child.pid) {
    console.error(`platform (pid ${child.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s; killing its process group`);
    process.kill(-child.pid, "SIGKILL");
    await exited(child);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const BUILD_STARTED = /Building the web app/;
export const BUILD_FINISHED = /Build finished/;

/** A start disturbed by a build: start.ts had to build (someone changed sources) or its build failed. */
export class BuildInterference extends Error {}

/**
 * Other people work in the same checkout: their edits make start.ts rebuild, and their own
 * `next build` makes ours fail ("Another next build process is already running"). Such a
 * start says nothing about the platform, so it is retried after a pause.
 */
export async function retryOnBuildInterference<T>(what: string, run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof BuildInterference) || attempt >= attempts) throw error;
      console.error(`  ${what}: ${error.message.split("\n")[0]}; retrying in 30s (${attempt}/${attempts - 1})`);
      await sleep(30_000);
    }
  }
}

/** Polls `url` until it answers 200; fails early if the platform exits. */
export async function waitForOk(platform: Platform, url: string, timeoutMs: number, intervalMs = 50): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (hasExited(platform.child)) {
      const ErrorType = platform.markAt(BUILD_STARTED) === undefined ? Error : BuildInterference;
      throw new ErrorType(`platform exited (${platform.child.exitCode ?? platform.child.signalCode}) before ${url} answered 200:\n${platform.output().slice(-3000)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.status === 200) return platform.sinceSpawn();
    } catch {
      // Not listening yet.
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000}s:\n${platform.output().slice(-3000)}`);
}

/** 1-minute load average: the machine is shared, so figures taken under load are marked as such. */
export const load = () => Math.round(os.loadavg()[0]! * 100) / 100;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A benchmark's entry point: cleans up on a signal and after the run (whatever happens),
 * then prints the report; a failure says which benchmark failed and exits with 1.
 */
export function runBenchmark<T>(name: string, bench: () => Promise<T>, print: (report: T) => void): void {
  const main = async () => {
    installSignalCleanup();
    let report: T;
    try {
      report = await bench();
    } finally {
      await runCleanups();
    }
    print(report);
    console.log(JSON.stringify(report));
  };
  main().catch((error: unknown) => {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
