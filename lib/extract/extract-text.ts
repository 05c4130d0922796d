// Text of an uploaded file, for search: never throws, and reports why text is missing. PDF and
// DOCX are read on an extraction worker, under a hard time limit and a memory limit, so a
// hostile file costs one worker, never the server's request thread.
import type { DocumentKind } from "./extract-document";
import { PageCollector, failed, noText, type ExtractionLimits, type ExtractionResult } from "./extraction-result";
import { extractionPool, type ExtractionPool } from "./extraction-pool";
import type { FileKind } from "./file-kinds";
import { normalizeText } from "./normalize-text";

export type { ExtractedPage, ExtractionError, ExtractionLimits, ExtractionResult, ExtractionStatus } from "./extraction-result";

// The worker stops itself at limits.timeoutMs between pages (keeping the page count); the
// hard limit, a little later, is for work that never reaches such a point. Waiting for a free
// worker (uploads at the same time, a worker starting) is bounded on its own.
const HARD_LIMIT_GRACE_MS = 2_000;
const MIN_WAIT_MS = 10_000;

function extractPlainText(bytes: Uint8Array, limits: ExtractionLimits): ExtractionResult {
  // detectFileType() accepted these bytes as UTF-8; the decoder drops a BOM.
  const text = new TextDecoder("utf-8").decode(bytes);
  const collector = new PageCollector(limits.maxChars);
  collector.add(1, normalizeText(text));
  return collector.result(null);
}

async function extractOnWorker(bytes: Uint8Array, kind: DocumentKind, limits: ExtractionLimits, pool: ExtractionPool): Promise<ExtractionResult> {
  const copy = new Uint8Array(bytes); // moved to the worker, not shared
  const outcome = await pool.run({ bytes: copy, kind, limits }, {
    timeoutMs: limits.timeoutMs + HARD_LIMIT_GRACE_MS,
    maxWaitMs: Math.max(limits.timeoutMs, MIN_WAIT_MS),
    transfer: [copy.buffer],
  });
  if (outcome.ok) return outcome.value;
  switch (outcome.failure) {
    case "timeout":
    case "busy":
      return failed("timeout");
    case "out_of_memory":
      return noText("out_of_memory");
    default:
      console.error(`extract: unexpected failure reading a ${kind} file: ${outcome.message ?? outcome.failure}`);
      return failed("failed");
  }
}

/** The text of bytes already identified as kind by detectFileType(). */
export async function extractText(bytes: Uint8Array, kind: FileKind, limits: ExtractionLimits, options: { pool?: ExtractionPool } = {}): Promise<ExtractionResult> {
  try {
    switch (kind) {
      case "pdf":
      case "docx":
        return await extractOnWorker(bytes, kind, limits, options.pool ?? extractionPool());
      case "text":
      case "markdown":
      case "csv":
        return extractPlainText(bytes, limits);
    }
  } catch (error) {
    console.error(`extract: unexpected failure reading a ${kind} file:`, error);
    return failed("failed");
  }
}
