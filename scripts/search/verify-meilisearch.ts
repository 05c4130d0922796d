// npm run verify:meilisearch
// Runs the Meilisearch engine's whole contract suite (lib/search/meilisearch/*.int.test.ts)
// against the server in MEILI_HOST, in throwaway indexes under a unique prefix
// (<MEILI_INDEX_PREFIX>-verify-<random>-…), and prints a pass/fail table naming the server's
// version. It never touches the live indexes (<MEILI_INDEX_PREFIX>-documents and the like):
// everything it creates starts with its own prefix, and that prefix is deleted at the end,
// after a failure, and on Ctrl-C or SIGTERM. Needs no PostgreSQL: the suite uses fixtures.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Meilisearch } from "meilisearch";
import { loadEnv } from "../../lib/env";
import { spawnManaged, stopChildren } from "../lib/child-process";
import { packageBin } from "../lib/package-bin";
import { onStopRequest } from "../lib/stop-signals";
import { contractRows, formatTable, type VitestJson } from "./verify-report";

const vitest = packageBin("vitest", "vitest");
const SUITE = "lib/search/meilisearch/";

/** Deletes every index whose name starts with `prefix` (waiting for each deletion to succeed). */
async function deleteThrowaway(client: Meilisearch, prefix: string): Promise<string[]> {
  const { results } = await client.getRawIndexes({ limit: 1_000 });
  const mine = results.map((i) => i.uid).filter((uid) => uid.startsWith(prefix));
  for (const uid of mine) {
    const task = await client.deleteIndex(uid).waitTask();
    // A wait resolves even when the task failed: check.
    if (task.status !== "succeeded") throw new Error(`could not delete the throwaway index ${uid}: ${task.error?.message ?? task.status}`);
  }
  return mine;
}

async function main(): Promise<number> {
  const env = loadEnv();
  if (!env.MEILI_HOST) {
    console.error("verify:meilisearch needs MEILI_HOST (and MEILI_API_KEY) pointing at the Meilisearch server to check.");
    return 2;
  }
  const client = new Meilisearch({ host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY });
  const version = await client.getVersion().catch((error: unknown) => {
    throw new Error(`cannot reach Meilisearch at ${env.MEILI_HOST}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const prefix = `${env.MEILI_INDEX_PREFIX}-verify-${randomBytes(4).toString("hex")}`;
  const out = mkdtempSync(path.join(tmpdir(), "puente-verify-meili-"));
  let cleaned: Promise<string[]> | undefined;
  const cleanUp = () => (cleaned ??= deleteThrowaway(client, `${prefix}-`).finally(() => rmSync(out, { recursive: true, force: true })));
  let stopped = false;
  onStopRequest((reason) => {
    stopped = true;
    console.error(`${reason}: stopping the suite and deleting the throwaway indexes…`);
    // main() goes on once the suite has stopped and deletes them; past this, exit anyway.
    setTimeout(() => process.exit(130), 60_000).unref();
    void stopChildren(10_000);
  });
  try {
    console.log(`Meilisearch ${version.pkgVersion} at ${env.MEILI_HOST}: running the contract suite in indexes named ${prefix}-…`);
    const report = path.join(out, "report.json");
    const child = spawnManaged(process.execPath, [vitest, "run", "--project", "meilisearch", "--reporter=json", `--outputFile=${report}`, SUITE], {
      env: { ...process.env, MEILI_INDEX_PREFIX: prefix },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const code = await child.exited;
    if (stopped) return 130;
    const rows = contractRows(JSON.parse(readFileSync(report, "utf8")) as VitestJson);
    console.log(formatTable(rows));
    const failed = rows.filter((r) => r.status !== "passed").length;
    console.log(`\nMeilisearch ${version.pkgVersion}: ${rows.length - failed} of ${rows.length} contract tests passed${failed ? `, ${failed} failed` : ""}.`);
    return failed > 0 || code !== 0 || rows.length === 0 ? 1 : 0;
  } finally {
    const deleted = await cleanUp();
    console.log(`Deleted the throwaway indexes (${deleted.length}); nothing else was touched.`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`verify:meilisearch failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
