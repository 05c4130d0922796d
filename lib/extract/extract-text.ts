// Text of an uploaded file, for search: never throws, and reports why text is missing.
import { extractDocxText } from "./docx-text";
import { PageCollector, failed, type ExtractionLimits, type ExtractionResult } from "./extraction-result";
import type { FileKind } from "./file-kinds";
import { normalizeText } from "./normalize-text";
import { extractPdfText } from "./pdf-text";

export type { ExtractedPage, ExtractionError, ExtractionLimits, ExtractionResult, ExtractionStatus } from "./extraction-result";

function extractPlainText(bytes: Uint8Array, limits: ExtractionLimits): ExtractionResult {
  // detectFileType() accepted these bytes as UTF-8; the decoder drops a BOM.
  const text = new TextDecoder("utf-8").decode(bytes);
  const collector = new PageCollector(limits.maxChars);
  collector.add(1, normalizeText(text));
  return collector.result(null);
}

/** The text of bytes already identified as kind by detectFileType(). */
export async function extractText(bytes: Uint8Array, kind: FileKind, limits: ExtractionLimits): Promise<ExtractionResult> {
  try {
    switch (kind) {
      case "pdf":
        return await extractPdfText(bytes, limits);
      case "docx":
        return await extractDocxText(bytes, limits);
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
