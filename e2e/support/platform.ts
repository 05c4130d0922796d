// Runs the platform the way people run it (`npm start` in a checkout) for the tests of
// starting and stopping (scripts/lib/npm-run.ts), and what its start must not print.
import { npmRun, type NpmRun } from "../../scripts/lib/npm-run";
import { waitForHttpOk } from "../../scripts/lib/wait-for-http";

export { cleanUpRun, stopAndWait, type NpmRun } from "../../scripts/lib/npm-run";

export function npmStart(env: Record<string, string>, cwd?: string): NpmRun {
  return npmRun("start", [], { env, cwd });
}

export async function waitForHealth(run: NpmRun, baseURL: string, timeoutMs = 180_000): Promise<void> {
  const healthy = await waitForHttpOk(`${baseURL}/api/health`, { timeoutMs, stillRunning: () => run.child.exitCode === null });
  if (!healthy) throw new Error(`the platform did not become healthy:\n${run.output()}`);
}

/**
 * Noise a start must not print: build warnings (Turbopack prints a code frame with each), Next's
 * telemetry notice, and Node's process warnings (deprecations among them), "(node:PID) ...".
 */
const START_UP_NOISE = [/Turbopack build encountered/, /Attention: Next\.js now collects/, /nextjs\.org\/telemetry/, /\(node:\d+\) /, /DeprecationWarning/];

/** The lines of `output` that are start-up noise. */
export function noiseIn(output: string): string[] {
  return output.split("\n").filter((line) => START_UP_NOISE.some((pattern) => pattern.test(line)));
}
