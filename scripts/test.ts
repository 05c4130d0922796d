// npm test: every check CI runs, cheapest first, stopping at the first failure.
// Needs PostgreSQL at 127.0.0.1:5432 (TEST_DATABASE_ADMIN_URL) and Chromium at /usr/bin/chromium
// (CHROMIUM_PATH); each suite creates and drops its own databases.
// Each step runs its tool's own script with node (no npx, npm or shell in between), in its own
// process group: SIGINT or SIGTERM stops the step in progress, and its workers with it.
import { spawnManaged, stopChildren } from "./lib/child-process";
import { packageBin as bin } from "./lib/package-bin";
import { onStopRequest } from "./lib/stop-signals";

/** Time a step gets to stop (Playwright drops its databases and closes its web server). */
const STEP_GRACE_MS = 45_000;

const steps: [string, string[]][] = [
  ["Type check", [bin("typescript", "tsc"), "--noEmit"]],
  ["Lint", [bin("eslint", "eslint"), ".", "--max-warnings", "0"]],
  ["Unit tests", [bin("vitest", "vitest"), "run", "--project", "unit"]],
  ["Integration tests (PostgreSQL)", [bin("vitest", "vitest"), "run", "--project", "integration"]],
  ["Browser tests (production build, Chromium)", [bin("@playwright/test", "playwright"), "test"]],
];

let stopped = false;
onStopRequest((reason) => {
  stopped = true;
  console.error(`\n${reason}: stopping the tests…`);
  void stopChildren(STEP_GRACE_MS).finally(() => process.exit(130));
});

async function main(): Promise<void> {
  const started = performance.now();
  for (const [name, args] of steps) {
    const stepStarted = performance.now();
    console.log(`\n▶ ${name}`);
    const code = await spawnManaged(process.execPath, args).exited;
    if (stopped) return;
    const seconds = ((performance.now() - stepStarted) / 1000).toFixed(0);
    if (code !== 0) {
      console.error(`\n✖ ${name} failed after ${seconds}s`);
      process.exit(code);
    }
    console.log(`✔ ${name} (${seconds}s)`);
  }
  console.log(`\nAll checks passed in ${((performance.now() - started) / 1000).toFixed(0)}s`);
}

void main();
