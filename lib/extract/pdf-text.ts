// PDF text with pdf.js (through unpdf's serverless build, which runs in this thread and has
// no eval), page by page, so that the time and character limits stop the work part-way.
import { getResolvedPDFJS } from "unpdf";
import { Deadline, DeadlineExceededError } from "./deadline";
import { PageCollector, failed, noText, type ExtractionLimits, type ExtractionResult } from "./extraction-result";
import { normalizeText } from "./normalize-text";

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

function pageText(items: readonly unknown[]): string {
  let text = "";
  for (const item of items) {
    // Marked-content markers carry no "str".
    if (typeof item === "object" && item !== null && "str" in item) {
      const { str, hasEOL } = item as { str: string; hasEOL?: boolean };
      text += hasEOL ? `${str}\n` : str;
    }
  }
  return normalizeText(text);
}

async function collectPages(pdf: PdfDocument, limits: ExtractionLimits, deadline: Deadline): Promise<ExtractionResult> {
  const collector = new PageCollector(limits.maxChars);
  for (let number = 1; number <= pdf.numPages; number++) {
    deadline.check();
    const page = await deadline.race(pdf.getPage(number));
    const content = await deadline.race(page.getTextContent());
    page.cleanup();
    if (!collector.add(number, pageText(content.items))) break;
  }
  return collector.result(pdf.numPages);
}

/** The load error as a lasting reason (NO_TEXT), or null when it is not one we recognise. */
function loadFailure(error: unknown): "encrypted" | "corrupt" | null {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") return "encrypted";
  if (name === "InvalidPDFException" || name === "FormatError") return "corrupt";
  return null;
}

export async function extractPdfText(bytes: Uint8Array, limits: ExtractionLimits): Promise<ExtractionResult> {
  const deadline = new Deadline(limits.timeoutMs);
  const { getDocument } = await getResolvedPDFJS();
  // A copy, as a plain Uint8Array: pdf.js may take ownership of (detach) the buffer it is
  // given, and refuses a Node Buffer (whose slice() would not even copy).
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, useSystemFonts: false });
  let pdf: PdfDocument;
  try {
    pdf = await deadline.race(task.promise);
  } catch (error) {
    await task.destroy();
    if (error instanceof DeadlineExceededError) return failed("timeout");
    const reason = loadFailure(error);
    if (reason) return noText(reason);
    throw error;
  }
  try {
    return await collectPages(pdf, limits, deadline);
  } catch (error) {
    if (error instanceof DeadlineExceededError) return failed("timeout", pdf.numPages);
    // A document that opened but breaks on a page is damaged, not a bug of ours.
    if (loadFailure(error) === "corrupt") return noText("corrupt", pdf.numPages);
    throw error;
  } finally {
    // Also stops whatever pdf.js was still doing for a page that lost the race.
    await task.destroy();
  }
}
