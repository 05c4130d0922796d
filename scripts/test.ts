// npm test: every check CI runs, cheapest first, stopping at the first failure.
// Needs PostgreSQL at 127.0.0.1:5432 (TEST_DATABASE_ADMIN_URL) and Chromium at /usr/bin/chromium
// (CHROMIUM_PATH); each suite creates and drops its own databases.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["Type check", ["npx", "tsc", "--noEmit"]],
  ["Lint", ["npx", "eslint", ".", "--max-warnings", "0"]],
  ["Unit tests", ["npx", "vitest", "run", "--project", "unit"]],
  ["Integration tests (PostgreSQL)", ["npx", "vitest", "run", "--project", "integration"]],
  ["Browser tests (production build, Chromium)", ["npx", "playwright", "test"]],
];

const started = performance.now();
for (const [name, [command, ...args]] of steps) {
  const stepStarted = performance.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command!, args, { stdio: "inherit" });
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
console.log(`\nAll checks passed in ${((performance.now() - started) / 1000).toFixed(0)}s`);
