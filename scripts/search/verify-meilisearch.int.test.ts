// verify:meilisearch against the in-memory stand-in (lib/search/meilisearch/testing-fake-server.ts)
// served over HTTP, since no real server runs here: the stand-in does not search, so the suite
// fails, which is the case to check. The table names the server's version and the failure,
// every throwaway index is deleted, and the live index is never touched.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeMeilisearch } from "@/lib/search/meilisearch/testing-fake-server";

const fake = new FakeMeilisearch();
let server: Server;
let host: string;
/** Searches answer this late (so that a run can be stopped half-way). */
let searchDelayMs = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      const delay = /search/.test(req.url ?? "") ? searchDelayMs : 0;
      void new Promise((resolve) => setTimeout(resolve, delay)).then(() => fake.fetch(`http://fake${req.url}`, { method: req.method, body: body || undefined }).then(async (answer) => {
        res.writeHead(answer.status, { "content-type": "application/json" });
        res.end(await answer.text());
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.indexes.set("puente-documents", { settings: { live: true }, docs: new Map([["1", { id: "1" }]]) });
});
afterAll(() => server?.close());

function verify(env: Record<string, string>, started?: (child: ChildProcess) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/search/verify-meilisearch.ts"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", ...env },
    });
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    started?.(child);
  });
}

it("refuses to run without MEILI_HOST", async () => {
  const run = await verify({});
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("verify:meilisearch needs MEILI_HOST");
});

it("reports a failing server in a table naming its version, deletes its throwaway indexes, and leaves the live index alone", async () => {
  const run = await verify({ MEILI_HOST: host, MEILI_API_KEY: "key" });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/Meilisearch 0\.0\.0-fake at http:\/\/127\.0\.0\.1:\d+: running the contract suite in indexes named puente-verify-[0-9a-f]{8}-…/);
  expect(run.stdout).toContain("| test | result | reason |");
  expect(run.stdout).toMatch(/\| FAIL \|/);
  expect(run.stdout).toMatch(/Meilisearch 0\.0\.0-fake: \d+ of \d+ contract tests passed, \d+ failed\./);
  // The suite created indexes under its prefix; none is left, and the live one is as it was.
  const created = fake.requests.filter((r) => r.method === "POST" && r.path === "/indexes").map((r) => (r.body as { uid: string }).uid);
  expect(created.length).toBeGreaterThan(0);
  expect(created.every((uid) => /^puente-verify-[0-9a-f]{8}-/.test(uid))).toBe(true);
  expect([...fake.indexes.keys()]).toEqual(["puente-documents"]);
  expect(fake.indexes.get("puente-documents")!.settings).toEqual({ live: true });
  expect(fake.requests.filter((r) => r.path.startsWith("/indexes/puente-documents"))).toEqual([]);
  // (The suite deletes its own indexes when it ends; the command deletes what a stopped one left.)
  expect(run.stdout).toMatch(/Deleted the throwaway indexes \(\d+\); nothing else was touched\./);
}, 120_000);

it("deletes the throwaway indexes when stopped half-way by SIGTERM", async () => {
  searchDelayMs = 400;
  const before = fake.requests.length;
  const indexesMade = () => fake.requests.slice(before).some((r) => r.method === "POST" && r.path === "/indexes");
  const run = await verify({ MEILI_HOST: host }, (child) => {
    const poll = setInterval(() => {
      if (!indexesMade() || !fake.requests.slice(before).some((r) => /search/.test(r.path))) return;
      clearInterval(poll);
      child.kill("SIGTERM");
    }, 50);
  });
  searchDelayMs = 0;
  expect(run.code, run.stdout + run.stderr).toBe(130);
  expect(run.stderr).toContain("SIGTERM: stopping the suite and deleting the throwaway indexes");
  // The stopped suite could not clean up after itself: the command did.
  expect(run.stdout).toMatch(/Deleted the throwaway indexes \([1-9]\d*\); nothing else was touched\./);
  expect([...fake.indexes.keys()]).toEqual(["puente-documents"]);
}, 120_000);
