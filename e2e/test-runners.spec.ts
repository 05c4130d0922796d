// The test runners stop like everything else: `npm test` on SIGTERM to npm stops the step in
// progress with it, and the browser tests' web server drops its throwaway database when it is
// stopped, or when the Playwright process that started it is gone.
import { expect, test } from "./support/test";
import pg from "pg";
import { loadEnv } from "../lib/env";
import { cleanUpRun, npmRun, runCommand, stopAndWait, waitForOutput, type CommandRun } from "../scripts/lib/npm-run";
import { processTree, waitUntilGone } from "../scripts/lib/process-tree";
import { waitForHealth } from "./support/platform";

const port = Number(process.env.E2E_EMBEDDED_PORT ?? 3211);
const baseURL = `http://127.0.0.1:${port}`;

test.describe.configure({ mode: "serial", timeout: 300_000 });

const runs: CommandRun[] = [];
test.afterAll(async () => {
  for (const run of runs) await cleanUpRun(run);
});

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: loadEnv().TEST_DATABASE_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

async function testDatabaseOf(run: CommandRun): Promise<string> {
  await waitForOutput(run, /use the database puente_test_\w+/, 180_000);
  return /use the database (puente_test_\w+)/.exec(run.output())![1]!;
}

test("npm test stops the step in progress on SIGTERM to npm", async () => {
  const run = npmRun("test", [], { env: {} });
  runs.push(run);
  await waitForOutput(run, /▶ Type check/, 60_000);
  await expect.poll(() => run.processes().some((p) => p.command.includes("tsc")), { timeout: 30_000 }).toBe(true);
  await stopAndWait(run, "SIGTERM");
  expect(run.output()).not.toContain("▶ Lint");
});

test("the browser tests' web server drops its database when stopped, or when Playwright is gone", async () => {
  // Stopped as Playwright stops it.
  const stopped = runCommand(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], { env: { PORT: String(port) } });
  runs.push(stopped);
  const first = await testDatabaseOf(stopped);
  await waitForHealth(stopped, baseURL);
  await stopAndWait(stopped, "SIGTERM");
  expect(await databaseExists(first)).toBe(false);

  // Its parent (Playwright's runner, here a stand-in) killed outright.
  const starter = `require("node:child_process").spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts"], { stdio: "inherit" }); setInterval(() => {}, 60_000);`;
  const orphaned = runCommand(process.execPath, ["-e", starter], { env: { PORT: String(port) } });
  runs.push(orphaned);
  const second = await testDatabaseOf(orphaned);
  await waitForHealth(orphaned, baseURL);
  const below = orphaned.processes().filter((p) => p.pid !== orphaned.child.pid);
  process.kill(orphaned.child.pid!, "SIGKILL");
  await waitUntilGone(below, 60_000);
  expect(processTree(orphaned.child.pid!)).toEqual([]);
  expect(await databaseExists(second)).toBe(false);
});
