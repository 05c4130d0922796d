// DOCX text with mammoth. A DOCX has no fixed pages (Word lays them out when it opens the
// file; explicit page breaks are only some of the boundaries), so all text is page 1.
import mammoth from "mammoth";
import { Deadline, DeadlineExceededError } from "./deadline";
import { PageCollector, failed, noText, type ExtractionLimits, type ExtractionResult } from "./extraction-result";
import { normalizeText } from "./normalize-text";
import { readZipEntries } from "./zip-entries";
import { inflatedSize } from "./zip-inflated-size";

/**
 * mammoth (JSZip) inflates the parts it reads in memory, and checks an entry's declared size
 * only after inflating all of it: refuse archives that declare, or really hold, more than
 * this (a real DOCX with millions of characters of text is well below it).
 */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;

export async function extractDocxText(
  bytes: Uint8Array,
  limits: ExtractionLimits,
  maxUncompressedBytes = MAX_DOCX_UNCOMPRESSED_BYTES,
): Promise<ExtractionResult> {
  const entries = readZipEntries(bytes);
  if (!entries) return noText("corrupt");
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxUncompressedBytes) return noText("too_large");
  // The declared sizes may lie: count the real ones, stopping at the limit.
  const real = await inflatedSize(bytes, entries, maxUncompressedBytes);
  if (!real.ok) return noText(real.reason);

  const deadline = new Deadline(limits.timeoutMs);
  let raw: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = (await deadline.race(mammoth.extractRawText({ buffer }))).value;
  } catch (error) {
    if (error instanceof DeadlineExceededError) return failed("timeout");
    // The bytes passed detection (a ZIP with the DOCX parts), so a parse error means a
    // damaged or non-conforming document; retrying would not help.
    console.warn(`extract: DOCX could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return noText("corrupt");
  }
  const collector = new PageCollector(limits.maxChars);
  collector.add(1, normalizeText(raw));
  return collector.result(null);
}
