// The first `npm start` of a fresh clone (what a new user runs): it builds, creates the
// embedded database and serves, and prints no build warning (Turbopack prints each with a code
// frame), no Next.js telemetry notice and no deprecation warning. The clone is this checkout's
// files (committed or not, minus ignored ones) in a new folder, plus what `npm ci` would have
// installed, linked rather than copied. It builds from scratch: the slowest test of the suite.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import { cleanUpRun, stopAndWait, waitForOutput, type CommandRun } from "../scripts/lib/npm-run";
import { noiseIn, npmStart } from "./support/platform";

const port = Number(process.env.E2E_EMBEDDED_PORT ?? 3211);

function freshClone(): string {
  const root = process.cwd();
  const clone = mkdtempSync(path.join(tmpdir(), "puente-clone-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root }).toString("utf8").split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) continue; // deleted, not yet committed
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(clone, file));
  }
  // node_modules as hard links (the same files, nothing copied), or a copy across file systems.
  try {
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(clone, "node_modules")]);
  } catch {
    execFileSync("cp", ["-a", path.join(root, "node_modules"), path.join(clone, "node_modules")]);
  }
  cpSync(path.join(root, "lib", "generated"), path.join(clone, "lib", "generated"), { recursive: true });
  return clone;
}

test("a fresh clone's first npm start builds and serves without warnings or notices", async () => {
  test.setTimeout(1_200_000);
  const clone = freshClone();
  let run: CommandRun | undefined;
  try {
    // A new machine too: no Next.js settings yet (where it remembers the telemetry notice).
    run = npmStart({ PORT: String(port), XDG_CONFIG_HOME: path.join(clone, ".config-home") }, clone);
    await waitForOutput(run, /Puente is ready at/, 1_100_000);
    expect(run.output()).toContain("Build finished");
    expect(run.output()).toMatch(/Seeded demo content/);
    expect(noiseIn(run.output())).toEqual([]);
    await stopAndWait(run, "SIGTERM");
  } finally {
    if (run) await cleanUpRun(run);
    rmSync(clone, { recursive: true, force: true });
  }
});
