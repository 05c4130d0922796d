// search:bench and search:eval build a throwaway embedded database in a temporary folder
// (gigabytes for a large corpus). Stopped the way they get stopped, `timeout` (SIGTERM to npm),
// Ctrl-C (SIGINT) or npm killed outright, they remove it and leave no process behind.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpRun, npmRun, stopAndWait, waitForOutput, type NpmRun } from "../lib/npm-run";

const runs: NpmRun[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) await cleanUpRun(run);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder for the command's own temporary folders (TMPDIR), to see what it leaves. */
function scratch(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "puente-stop-test-"));
  folders.push(folder);
  return folder;
}

const leftovers = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith("puente-"));

function runSearchCommand(script: string, args: string[], tmp: string): NpmRun {
  const run = npmRun(script, args, { env: { TMPDIR: tmp } });
  runs.push(run);
  return run;
}

/** A small relevance collection in the format search:eval reads. */
function collection(): string {
  const dir = path.join(scratch(), "collection");
  mkdirSync(dir);
  const words = "security border trade energy water coffee police court finance rural".split(" ");
  const docs = Array.from({ length: 3000 }, (_, i) => ({ id: String(i), title: `${words[i % 10]} report ${i}`, text: Array.from({ length: 80 }, (_, j) => words[(i * 7 + j) % 10]).join(" ") }));
  writeFileSync(path.join(dir, "docs.jsonl"), docs.map((d) => JSON.stringify(d)).join("\n"));
  writeFileSync(path.join(dir, "queries.jsonl"), words.map((w, i) => JSON.stringify({ id: String(i), text: w })).join("\n"));
  writeFileSync(path.join(dir, "qrels.tsv"), "query-id\tcorpus-id\tscore\n" + words.map((_, i) => `${i}\t${i}\t1`).join("\n"));
  writeFileSync(path.join(dir, "meta.json"), JSON.stringify({ name: "stop-test", language: "en" }));
  return dir;
}

describe("a stopped search:bench or search:eval", () => {
  it("removes its database folder and leaves no process on SIGTERM to npm (what `timeout` sends)", async () => {
    const tmp = scratch();
    const run = runSearchCommand("search:bench", ["--docs", "20000", "--queries", "5"], tmp);
    await waitForOutput(run, /database ready/, 180_000);
    expect(leftovers(tmp)).toHaveLength(1);
    await stopAndWait(run, "SIGTERM");
    expect(run.output()).toContain("SIGTERM: removing the throwaway database");
    expect(leftovers(tmp)).toEqual([]);
  }, 300_000);

  it("does the same on Ctrl-C's SIGINT to npm", async () => {
    const tmp = scratch();
    const run = runSearchCommand("search:eval", ["--collection", collection()], tmp);
    await waitForOutput(run, /database ready/, 180_000);
    await stopAndWait(run, "SIGINT");
    expect(run.output()).toContain("SIGINT: removing the throwaway database");
    expect(leftovers(tmp)).toEqual([]);
  }, 300_000);

  it("does the same when npm itself is killed", async () => {
    const tmp = scratch();
    const run = runSearchCommand("search:bench", ["--docs", "20000", "--queries", "5"], tmp);
    await waitForOutput(run, /database ready/, 180_000);
    await stopAndWait(run, "SIGKILL");
    expect(leftovers(tmp)).toEqual([]);
  }, 300_000);
});
