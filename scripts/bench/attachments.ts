// Time to upload and extract a realistic PDF (default 100 pages, made with pdf-lib):
//   npm run -s bench:attachments -- [--runs 7] [--warmups 2] [--pages 100] [--db embedded|postgres] [--in-process-only]
// Main figure: the upload request end to end, through a platform started as `npm start` does
// (scripts/start.ts in a child process, throwaway data and storage folders; embedded PGlite,
// or with --db postgres a scratch database on the test PostgreSQL server), exactly as the
// browser sends it: signed in as the demo contributor, one fresh draft per upload,
// POST /api/documents/<id>/attachments with the raw bytes. That request covers reading the
// body, type sniffing, SHA-256, pdf.js extraction, the storage write and the transaction that
// writes the attachment, its page rows and a revision.
// Secondary figures: the same work without HTTP or database (prepareUpload, local storage put),
// in this process, so that the share of HTTP + database is visible.
// Prints a short table, then one JSON object. Everything the run creates (server, folders,
// scratch database) is removed at the end, on failure and on Ctrl-C.
import { createHash } from "node:crypto";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { prepareUpload, uploadLimits } from "../../lib/attachments/prepare-upload";
import { loadEnv, parseEnv } from "../../lib/env";
import { detectFileType } from "../../lib/extract/detect-file-type";
import { makePdf } from "../../lib/extract/testing/make-pdf";
import { samplePages } from "../../lib/extract/testing/sample-text";
import { appOrigin } from "../../lib/http/app-url";
import { freePort } from "../../lib/net/free-port";
import { LocalFileStorage } from "../../lib/storage/local-storage";
import { newStorageKey } from "../../lib/storage/storage-key";
import {
  BUILD_STARTED,
  createScratchDatabase,
  installSignalCleanup,
  median,
  retryOnBuildInterference,
  runCleanups,
  startPlatform,
  tempDir,
  waitForOk,
  type Platform,
} from "./platform";
import { DEMO_PASSWORD, failure, Session, signIn } from "./http-session";

type Db = "embedded" | "postgres";

const FILE_NAME = "bench-100-pages.pdf";
const PARAGRAPHS_PER_PAGE = 5;
const CONTRIBUTOR = { email: "contributor@puente.test", password: DEMO_PASSWORD };
const HEALTH_TIMEOUT_MS = 10 * 60_000; // start.ts may have to build first
const REQUEST_TIMEOUT_MS = 120_000;

// --- figures -----------------------------------------------------------------------------

const round = (ms: number) => Math.round(ms * 10) / 10;

function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1]!;
}

interface Summary {
  median: number;
  p90: number;
  min: number;
  max: number;
}

const summary = (values: number[]): Summary => ({
  median: round(median(values)!),
  p90: round(p90(values)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
});

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/**
 * Ctrl-C: stop measuring at once. Aborting the requests in flight also closes their keep-alive
 * connection, without which Next's graceful shutdown would keep serving this client while the
 * cleanup waits for the platform to stop.
 */
const interrupted = new AbortController();

function abortOnSignal(): void {
  const abort = (signal: NodeJS.Signals) => interrupted.abort(new Error(`interrupted (${signal})`));
  process.once("SIGINT", abort);
  process.once("SIGTERM", abort);
}

const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "7" },
      warmups: { type: "string", default: "2" },
      pages: { type: "string", default: "100" },
      db: { type: "string", default: "embedded" },
      "in-process-only": { type: "boolean", default: false },
    },
  });
  const runs = Number(values.runs);
  const warmups = Number(values.warmups);
  const pages = Number(values.pages);
  if (!(Number.isInteger(runs) && runs >= 1 && Number.isInteger(pages) && pages >= 1)) throw new Error("--runs and --pages must be positive integers");
  if (!(Number.isInteger(warmups) && warmups >= 0)) throw new Error("--warmups must be an integer ≥ 0");
  if (values.db !== "embedded" && values.db !== "postgres") throw new Error(`--db must be embedded or postgres (got ${values.db})`);
  return { runs, warmups, pages, db: values.db as Db, inProcessOnly: values["in-process-only"] };
}

// --- in process: prepareUpload and the storage put, without HTTP or database -------------

interface InProcessResult {
  runs: number;
  warmups: number;
  extracted: { status: string; pages: number; chars: number };
  ms: Record<string, Summary>;
  eventLoopMaxDelayMs: Summary;
}

async function benchInProcess(bytes: Uint8Array, runs: number): Promise<InProcessResult> {
  // The configuration's defaults (25 MB, 30 s, 5,000,000 characters), not this shell's.
  const limits = uploadLimits(parseEnv({}));
  const folder = tempDir("attachments-in-process");
  const storage = new LocalFileStorage(folder.dir);
  const steps = { prepareUpload: [] as number[], sniff: [] as number[], checksum: [] as number[], storagePut: [] as number[], total: [] as number[] };
  // Extraction runs on the server's main thread: the longest stall it causes for other requests.
  const stalls: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  let extracted = { status: "", pages: 0, chars: 0 };
  try {
    for (let run = 0; run <= runs; run++) {
      interrupted.signal.throwIfAborted();
      loop.reset();
      loop.enable();
      const prepared = await time(() => prepareUpload({ bytes, fileName: FILE_NAME, limits }));
      loop.disable();
      if (!prepared.value.ok) throw new Error(`prepareUpload refused the file: ${prepared.value.reason}`);
      const put = await time(() => storage.put(newStorageKey("bench", "pdf"), bytes, prepared.value.ok ? prepared.value.mimeType : ""));
      // The cheap steps, timed on their own to show where prepareUpload's time goes.
      const sniff = await time(() => detectFileType(bytes, FILE_NAME));
      const checksum = await time(() => createHash("sha256").update(bytes).digest("hex"));
      const { extraction } = prepared.value;
      extracted = { status: extraction.status, pages: extraction.pages.length, chars: extraction.pages.reduce((n, p) => n + p.text.length, 0) };
      if (run === 0) continue; // warm-up: module loading, JIT
      steps.prepareUpload.push(prepared.ms);
      steps.storagePut.push(put.ms);
      steps.sniff.push(sniff.ms);
      steps.checksum.push(checksum.ms);
      steps.total.push(prepared.ms + put.ms);
      stalls.push(loop.max / 1e6);
    }
  } finally {
    await folder.remove();
  }
  return {
    runs,
    warmups: 1,
    extracted,
    ms: Object.fromEntries(Object.entries(steps).map(([name, values]) => [name, summary(values)])),
    eventLoopMaxDelayMs: summary(stalls),
  };
}

// --- over HTTP: a browser's session against a running platform ----------------------------

async function createDraft(session: Session, title: string): Promise<string> {
  const response = await session.request("/api/documents", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ type: "REPORT", title, language: "en" }),
  });
  if (response.status !== 201) throw await failure("POST /api/documents", response);
  const { id } = (await response.json()) as { id?: string };
  if (!id) throw new Error("POST /api/documents answered 201 without an id");
  return id;
}

interface UploadAnswer {
  attachment?: { extractionStatus?: string; pageCount?: number | null; size?: number };
  version?: number;
  previousVersion?: number;
}

/** The timed request: from sending the bytes to having read the whole answer. */
async function upload(session: Session, documentId: string, bytes: Uint8Array<ArrayBuffer>, pages: number): Promise<number> {
  const started = performance.now();
  const response = await session.request(`/api/documents/${documentId}/attachments`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(FILE_NAME) },
    body: bytes,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 201) throw new Error(`upload to ${documentId} answered ${response.status}: ${text.slice(0, 2000)}`);
  const answer = JSON.parse(text) as UploadAnswer;
  const { extractionStatus, pageCount, size } = answer.attachment ?? {};
  if (extractionStatus !== "EXTRACTED" || pageCount !== pages || size !== bytes.byteLength) {
    throw new Error(`upload to ${documentId}: expected EXTRACTED, ${pages} pages, ${bytes.byteLength} bytes; got ${text.slice(0, 2000)}`);
  }
  return ms;
}

interface HttpResult {
  db: Db;
  runs: number;
  warmups: number;
  uploadMs: Summary;
  uploadSamplesMs: number[];
  warmupSamplesMs: number[];
  createDraftMs: Summary;
  signInMs: number;
  platform: { healthyAfterMs: number; built: boolean };
}

/** A healthy platform on fresh, throwaway data (a start that failed in a build is retried on new data). */
async function startFresh(db: Db): Promise<{ platform: Platform; healthyAfterMs: number }> {
  const port = await freePort();
  const vars: Record<string, string> = {
    // Also holds the AUTH_SECRET that start.ts makes, with --db postgres too.
    PUENTE_DATA_DIR: tempDir("attachments-data").dir,
    STORAGE_DRIVER: "local",
    STORAGE_LOCAL_DIR: tempDir("attachments-files").dir,
    SEED_DEMO_CONTENT: "auto",
  };
  if (db === "postgres") vars.DATABASE_URL = (await createScratchDatabase()).url;
  const platform = startPlatform(port, vars);
  try {
    return { platform, healthyAfterMs: await waitForOk(platform, `${platform.baseUrl}/api/health`, HEALTH_TIMEOUT_MS) };
  } catch (error) {
    await platform.stop();
    throw error;
  }
}

async function benchHttp(db: Db, bytes: Uint8Array<ArrayBuffer>, pages: number, runs: number, warmups: number): Promise<HttpResult> {
  console.error(`${db}: starting the platform…`);
  const { platform, healthyAfterMs } = await retryOnBuildInterference(db, () => startFresh(db));
  const built = platform.markAt(BUILD_STARTED) !== undefined;
  console.error(`${db}: healthy after ${(healthyAfterMs / 1000).toFixed(1)}s${built ? " (including a build: sources had changed)" : ""}`);
  try {
    const host = new URL(platform.baseUrl).host;
    const session = new Session(platform.baseUrl, appOrigin(loadEnv(), new Headers({ host })), () => AbortSignal.any([interrupted.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]));
    const signedIn = await time(() => signIn(session, CONTRIBUTOR));
    console.error(`${db}: signed in as ${CONTRIBUTOR.email} (${Math.round(signedIn.ms)} ms)`);

    const uploads: number[] = [];
    const warmupUploads: number[] = [];
    const drafts: number[] = [];
    const stamp = Date.now().toString(36);
    for (let run = 1; run <= warmups + runs; run++) {
      interrupted.signal.throwIfAborted();
      const warmup = run <= warmups;
      // A fresh draft each time: a document takes the same file only once.
      const draft = await time(() => createDraft(session, `Bench ${stamp} ${run}`));
      const ms = await upload(session, draft.value, bytes, pages);
      console.error(`  ${warmup ? "warm-up" : `run ${run - warmups}`.padEnd(7)} ${String(Math.round(ms)).padStart(6)} ms  (load ${loadAverage()[0]})`);
      if (warmup) {
        warmupUploads.push(round(ms));
      } else {
        uploads.push(ms);
        drafts.push(draft.ms);
      }
    }
    return {
      db,
      runs,
      warmups,
      uploadMs: summary(uploads),
      uploadSamplesMs: uploads.map(round),
      warmupSamplesMs: warmupUploads,
      createDraftMs: summary(drafts),
      signInMs: round(signedIn.ms),
      platform: { healthyAfterMs: Math.round(healthyAfterMs), built },
    };
  } catch (error) {
    if (!interrupted.signal.aborted) console.error(`${db}: last platform output:\n${platform.output().slice(-3000)}`);
    throw error;
  } finally {
    await platform.stop();
  }
}

// --- report ------------------------------------------------------------------------------

function printTable(http: HttpResult | null, inProcess: InProcessResult): void {
  const rows: string[][] = [];
  const add = (label: string, s: Summary, n: number) => rows.push([label, s.median, s.p90, s.min, s.max, n].map(String));
  if (http) {
    add(`HTTP upload (${http.db})`, http.uploadMs, http.runs);
    add("  create draft (not in upload)", http.createDraftMs, http.runs);
  }
  add("in process: prepareUpload + put", inProcess.ms.total!, inProcess.runs);
  add("  prepareUpload", inProcess.ms.prepareUpload!, inProcess.runs);
  add("  storage put", inProcess.ms.storagePut!, inProcess.runs);
  add("  type sniffing", inProcess.ms.sniff!, inProcess.runs);
  add("  SHA-256", inProcess.ms.checksum!, inProcess.runs);
  const header = ["ms", "median", "p90", "min", "max", "runs"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  for (const line of [header, ...rows]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  if (http) console.log(`HTTP + database share of the median upload: ${round(http.uploadMs.median - inProcess.ms.total!.median)} ms`);
  console.log();
}

async function main(): Promise<void> {
  abortOnSignal(); // before the cleanup's own handler, so that requests stop first
  installSignalCleanup();
  const { runs, warmups, pages, db, inProcessOnly } = options();
  const loadStart = loadAverage();
  // Copied into a plain ArrayBuffer-backed array, which fetch accepts as a body.
  const bytes = new Uint8Array(await makePdf(samplePages(pages, PARAGRAPHS_PER_PAGE)));
  let inProcess: InProcessResult;
  let http: HttpResult | null = null;
  try {
    // In-process first, while no server competes for the CPU.
    console.error(`in process: ${runs} runs after 1 warm-up…`);
    inProcess = await benchInProcess(bytes, runs);
    if (inProcess.extracted.pages !== pages) throw new Error(`in process: extracted ${inProcess.extracted.pages} pages, expected ${pages}`);
    if (!inProcessOnly) http = await benchHttp(db, bytes, pages, runs, warmups);
  } finally {
    await runCleanups();
  }
  const cpus = os.cpus();
  const result = {
    file: { name: FILE_NAME, bytes: bytes.byteLength, pages, paragraphsPerPage: PARAGRAPHS_PER_PAGE },
    extracted: inProcess.extracted,
    http,
    inProcess,
    httpAndDatabaseMs: http ? round(http.uploadMs.median - inProcess.ms.total!.median) : null,
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? null,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverageStart: loadStart,
      loadAverageEnd: loadAverage(),
    },
  };
  printTable(http, inProcess);
  console.log(JSON.stringify(result, null, 2));
}

main().catch(async (error: unknown) => {
  if (interrupted.signal.aborted) console.error(`bench:attachments ${(interrupted.signal.reason as Error).message}; cleaning up…`);
  else console.error(`bench:attachments failed: ${error instanceof Error ? error.stack : String(error)}`);
  await runCleanups();
  process.exitCode = 1;
});
