// Cost of accepting one realistic attachment, without HTTP: prepareUpload (type sniffing,
// SHA-256, text extraction) and the local storage driver's put.
//   npm run -s bench:attachments -- [--runs 7] [--pages 100]
// Prints one JSON object: file size, pages and characters extracted, per-step median and p90
// (nearest rank) in milliseconds over the runs after one warm-up run, and the longest event
// loop stall during prepareUpload (what other requests on the same server would wait).
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { prepareUpload, uploadLimits } from "../../lib/attachments/prepare-upload";
import { parseEnv } from "../../lib/env";
import { detectFileType } from "../../lib/extract/detect-file-type";
import { makePdf } from "../../lib/extract/testing/make-pdf";
import { samplePages } from "../../lib/extract/testing/sample-text";
import { LocalFileStorage } from "../../lib/storage/local-storage";
import { newStorageKey } from "../../lib/storage/storage-key";
import { load, median } from "./platform";

const round = (ms: number) => Math.round(ms * 10) / 10;

function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1]!;
}

const summary = (values: number[]) => ({ median: round(median(values)!), p90: round(p90(values)), min: round(Math.min(...values)) });

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

function options() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "7" }, pages: { type: "string", default: "100" } } });
  const runs = Number(values.runs);
  const pages = Number(values.pages);
  if (!(runs >= 1 && pages >= 1)) throw new Error("--runs and --pages must be positive numbers");
  return { runs, pages };
}

async function main() {
  const { runs, pages } = options();
  // The configuration's defaults (25 MB, 30 s, 5,000,000 characters), not this shell's.
  const limits = uploadLimits(parseEnv({}));
  const bytes = await makePdf(samplePages(pages, 5));
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "puente-bench-attachments-"));
  const storage = new LocalFileStorage(dir);
  const steps = { prepareUpload: [] as number[], sniff: [] as number[], checksum: [] as number[], storagePut: [] as number[], total: [] as number[] };
  // Extraction runs on the server's main thread: the longest stall it causes for other requests.
  const stalls: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  let extracted = { status: "", pages: 0, chars: 0 };
  const loadBefore = load();
  try {
    for (let run = 0; run <= runs; run++) {
      loop.reset();
      loop.enable();
      const prepared = await time(() => prepareUpload({ bytes, fileName: "informe-anual.pdf", limits }));
      loop.disable();
      if (!prepared.value.ok) throw new Error(`prepareUpload refused the file: ${prepared.value.reason}`);
      const put = await time(() => storage.put(newStorageKey("bench", "pdf"), bytes, prepared.value.ok ? prepared.value.mimeType : ""));
      // The cheap steps, timed on their own to show where prepareUpload's time goes.
      const sniff = await time(() => detectFileType(bytes, "informe-anual.pdf"));
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
    await fs.rm(dir, { recursive: true, force: true });
  }
  const result = {
    file: { bytes: bytes.byteLength, pages, paragraphsPerPage: 5 },
    extracted,
    runs,
    ms: Object.fromEntries(Object.entries(steps).map(([name, values]) => [name, summary(values)])),
    eventLoopMaxDelayMs: summary(stalls),
    node: process.version,
    cpus: os.cpus().length,
    loadBefore,
    loadAfter: load(),
  };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(`bench:attachments failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
