// npm run jobs: runs the digest job on a PostgreSQL server until stopped the way scripts get
// stopped (SIGTERM to npm, Ctrl-C's SIGINT, npm killed), then exits leaving no process; without
// a server to run on it says why and stops.
import { afterEach, describe, expect, it } from "vitest";
import { requireDatabaseUrl } from "../lib/env";
import { cleanUpRun, npmRun, stopAndWait, waitForOutput, type NpmRun } from "./lib/npm-run";

const runs: NpmRun[] = [];
afterEach(async () => {
  for (const run of runs.splice(0)) await cleanUpRun(run);
});

function jobs(env: Record<string, string>): NpmRun {
  const run = npmRun("jobs", [], { env });
  runs.push(run);
  return run;
}

describe("npm run jobs", () => {
  for (const signal of ["SIGTERM", "SIGINT", "SIGKILL"] as const) {
    it(`runs the digest job and stops on ${signal} to npm`, async () => {
      const run = jobs({ DATABASE_URL: requireDatabaseUrl(), DIGEST_INTERVAL_MS: "500" });
      await waitForOutput(run, /Digest job running every 500 ms/, 60_000);
      await stopAndWait(run, signal);
      if (signal !== "SIGKILL") expect(run.output()).toContain(`Stopping (${signal})`);
    }, 90_000);
  }

  it("refuses to run without a PostgreSQL server, saying why", async () => {
    const run = jobs({ DATABASE_URL: "" });
    await waitForOutput(run, /needs DATABASE_URL/, 60_000);
  }, 90_000);
});
