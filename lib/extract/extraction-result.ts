// What text extraction produces, stored by the DAL as Attachment.extraction* and AttachmentPage.

export type ExtractionStatus = "EXTRACTED" | "NO_TEXT" | "FAILED";

/**
 * Why a file has less text than it might: "truncated" (EXTRACTED, cut at maxChars);
 * "encrypted", "corrupt", "no_text" (no text layer), "too_large" (a DOCX that would inflate
 * beyond a safe size), "out_of_memory" (reading it needed more memory than an extraction
 * worker may use) with NO_TEXT, which retrying will not change; "timeout" and "failed"
 * (an unexpected error) with FAILED, which a retry might.
 */
export type ExtractionError = "truncated" | "encrypted" | "corrupt" | "no_text" | "too_large" | "out_of_memory" | "timeout" | "failed";

export interface ExtractedPage {
  /** 1-based; pages without text are left out. */
  page: number;
  text: string;
}

export interface ExtractionResult {
  status: ExtractionStatus;
  pages: ExtractedPage[];
  /** Pages in the file; null for formats without fixed pages (DOCX, text). */
  pageCount: number | null;
  error: ExtractionError | null;
}

export interface ExtractionLimits {
  timeoutMs: number;
  /** Characters kept over all pages; the rest is dropped (error "truncated"). */
  maxChars: number;
}

export function noText(error: ExtractionError, pageCount: number | null = null): ExtractionResult {
  return { status: "NO_TEXT", pages: [], pageCount, error };
}

export function failed(error: "timeout" | "failed", pageCount: number | null = null): ExtractionResult {
  return { status: "FAILED", pages: [], pageCount, error };
}

/** Collects pages up to the character limit. */
export class PageCollector {
  readonly pages: ExtractedPage[] = [];
  private chars = 0;
  truncated = false;

  constructor(private readonly maxChars: number) {}

  /** Adds a page's (normalised) text; false once the limit is reached and nothing more fits. */
  add(page: number, text: string): boolean {
    if (this.truncated) return false;
    const room = this.maxChars - this.chars;
    const kept = text.length > room ? text.slice(0, room).replace(/[\uD800-\uDBFF]$/, "") : text;
    if (kept.length < text.length) this.truncated = true;
    if (kept) {
      this.pages.push({ page, text: kept });
      this.chars += kept.length;
    }
    return !this.truncated;
  }

  result(pageCount: number | null): ExtractionResult {
    if (this.pages.length === 0) return noText("no_text", pageCount);
    return { status: "EXTRACTED", pages: this.pages, pageCount, error: this.truncated ? "truncated" : null };
  }
}
