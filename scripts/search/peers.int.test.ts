// search:peers runs every peer over a collection and reports each one's figures and the best.
// The collection's queries each name one word that a single document holds, so every peer that
// indexes and answers correctly ranks that document first: a peer whose ids were crossed, or
// that indexed nothing, would score below 1.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { cleanUpRun, npmRun, type NpmRun } from "../lib/npm-run";

const runs: NpmRun[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) await cleanUpRun(run);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const UNIQUE = ["aquifer", "barley", "cobalt", "dredging", "estuary", "ferry", "granary", "harbour"];

function collection(root: string): string {
  const dir = path.join(root, "collection");
  mkdirSync(dir);
  const common = "water border trade energy coffee police court finance rural report".split(" ");
  const docs = Array.from({ length: 120 }, (_, i) => ({
    id: `d${i}`,
    title: `${common[i % 10]} notes ${i}`,
    text: [...Array.from({ length: 40 }, (_, j) => common[(i * 3 + j) % 10]), ...(i % 15 === 7 ? [UNIQUE[(i - 7) / 15]] : [])].join(" "),
    ...(i % 2 === 1 ? { language: "es" } : {}),
  }));
  writeFileSync(path.join(dir, "docs.jsonl"), docs.map((d) => JSON.stringify(d)).join("\n"));
  writeFileSync(path.join(dir, "queries.jsonl"), UNIQUE.map((w, i) => JSON.stringify({ id: `q${i}`, text: w })).join("\n"));
  writeFileSync(path.join(dir, "qrels.tsv"), "query-id\tcorpus-id\tscore\n" + UNIQUE.map((_, i) => `q${i}\td${i * 15 + 7}\t1`).join("\n"));
  writeFileSync(path.join(dir, "meta.json"), JSON.stringify({ name: "peers-test", language: "en" }));
  return dir;
}

type Figures = { "ndcg@10": number; "mrr@10": number; "recall@100": number };

it("ranks each query's one relevant document first through every peer, and names the best", async () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "puente-peers-test-"));
  folders.push(tmp);
  // The PostgreSQL server rather than an embedded database: the same plain ranking, without starting one.
  const run = npmRun("search:peers", ["--collection", collection(tmp), "--db", "postgres"], { env: { TMPDIR: tmp } });
  runs.push(run);
  expect(await run.exited, run.output()).toBe(0);
  const report = JSON.parse(run.output().trim().split("\n").at(-1)!) as { queries: number; best_peer: { name: string; "ndcg@10": number }; peers: Record<string, Figures> };
  expect(report.queries).toBe(UNIQUE.length);
  const names = Object.keys(report.peers);
  for (const family of ["minisearch", "flexsearch", "orama", "postgres"]) expect(names.some((n) => n.startsWith(family)), family).toBe(true);
  for (const [name, figures] of Object.entries(report.peers)) expect(figures, name).toMatchObject({ "ndcg@10": 1, "mrr@10": 1, "recall@100": 1 });
  expect(report.best_peer["ndcg@10"]).toBe(Math.max(...Object.values(report.peers).map((f) => f["ndcg@10"])));
  expect(readdirSync(tmp).filter((name) => name.startsWith("puente-"))).toEqual([]);
}, 300_000);
