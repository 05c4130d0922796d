// Real PDFs for tests and benchmarks, made with pdf-lib. Its standard fonts use WinAnsi
// (Windows-1252) encoding: Spanish accents, ñ, ¿ ¡, curly quotes and dashes work; characters
// outside that code page (Greek, CJK, "≥", …) make drawText throw.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { wrapWords } from "../../text/wrap-words";
import { makePng } from "./make-png";

const MARGIN = 56;
const FONT_SIZE = 10;
const LEADING = 13;

function wrap(text: string, font: PDFFont, width: number): string[] {
  return wrapWords(text, (line) => font.widthOfTextAtSize(line, FONT_SIZE) <= width);
}

function drawParagraphs(page: PDFPage, font: PDFFont, paragraphs: string[]): void {
  const { width, height } = page.getSize();
  let y = height - MARGIN;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, font, width - 2 * MARGIN)) {
      if (y < MARGIN) throw new Error("makePdf: the paragraphs do not fit on one page");
      page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
      y -= LEADING;
    }
    y -= LEADING; // blank line between paragraphs
  }
}

/** A PDF with one page per entry, each page holding the given paragraphs (Helvetica, 10 pt). */
export async function makePdf(pages: string[][], options: { useObjectStreams?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) drawParagraphs(doc.addPage([612, 792]), font, paragraphs);
  return doc.save({ useObjectStreams: options.useObjectStreams ?? true });
}

/** A "scanned" PDF: every page is one image and there is no text layer at all. */
export async function makeImageOnlyPdf(pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(makePng(306, 396));
  for (let i = 0; i < pageCount; i++) {
    const page = doc.addPage([612, 792]);
    page.drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
  }
  return doc.save();
}

/**
 * A small file with very many pages (20,000 pages are about 300 KB): every page is a copy of
 * one page dictionary, sharing its content stream and font. Pages are appended to the page
 * tree directly, since addPage() takes quadratic time.
 */
export async function makeManyPagePdf(pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([200, 200]);
  first.drawText("A page of a very long file", { x: 10, y: 100, size: 10, font });
  const tree = doc.catalog.Pages();
  for (let i = 1; i < pageCount; i++) tree.pushLeafNode(doc.context.register(first.node.clone()));
  return doc.save({ useObjectStreams: true });
}
