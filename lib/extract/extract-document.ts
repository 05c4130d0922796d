// PDF and DOCX text, in the thread that calls it: the extraction workers' work. pdf.js and
// mammoth cannot be interrupted from outside their thread, so the server only runs this
// inside a worker (extract-text.ts), which a hard time limit can terminate.
import { extractDocxText } from "./docx-text";
import type { ExtractionLimits, ExtractionResult } from "./extraction-result";
import { extractPdfText } from "./pdf-text";

export type DocumentKind = "pdf" | "docx";

export interface ExtractionTask {
  bytes: Uint8Array;
  kind: DocumentKind;
  limits: ExtractionLimits;
}

export function extractDocumentText({ bytes, kind, limits }: ExtractionTask): Promise<ExtractionResult> {
  return kind === "pdf" ? extractPdfText(bytes, limits) : extractDocxText(bytes, limits);
}
