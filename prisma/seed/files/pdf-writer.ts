// A small PDF writer for the demo attachments: text pages in the standard Helvetica fonts
// (WinAnsi encoding, so Spanish accents, ñ, ¿ ¡, curly quotes and dashes work), compressed
// content streams, an information dictionary and a cross-reference table. Written here so
// that `npm start` (which seeds) needs no PDF library in production installs. The output is
// the same for the same input (no dates, no random ids), so its checksum is stable.
import zlib from "node:zlib";
import { wrapWords } from "../../../lib/text/wrap-words";
import { textWidth } from "./helvetica-widths";

export interface PdfPage {
  heading: string;
  paragraphs: string[];
}

export interface PdfInput {
  title: string;
  /** Printed at the foot of every page, with the page number. */
  footer: string;
  pages: PdfPage[];
}

const PAGE = { width: 612, height: 792, margin: 64 };
const BODY = { size: 10.5, leading: 15 };
const HEADING = { size: 15, leading: 24 };

// Windows-1252 bytes of the characters outside Latin-1 that typography needs.
const WIN_ANSI_EXTRA: Record<string, number> = { "€": 0x80, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97 };

function winAnsiByte(char: string): number {
  const code = char.codePointAt(0)!;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code;
  const extra = WIN_ANSI_EXTRA[char];
  if (extra === undefined) throw new Error(`pdf-writer: ${JSON.stringify(char)} has no WinAnsi encoding`);
  return extra;
}

/** A PDF literal string, as latin1 "binary" text: escapes and octal bytes for non-ASCII. */
function literal(text: string): string {
  let out = "(";
  for (const char of text.normalize("NFC")) {
    const byte = winAnsiByte(char);
    if (char === "(" || char === ")" || char === "\\") out += `\\${char}`;
    else if (byte >= 0x80) out += `\\${byte.toString(8).padStart(3, "0")}`;
    else out += char;
  }
  return `${out})`;
}

/** Text strings outside content streams (the title): UTF-16BE with its byte-order mark. */
function textString(text: string): string {
  const utf16 = Buffer.from(`\ufeff${text}`, "utf16le").swap16();
  return `<${utf16.toString("hex")}>`;
}

export function wrapText(text: string, size: number, maxWidth: number, bold = false): string[] {
  return wrapWords(text, (line) => textWidth(line, size, bold) <= maxWidth);
}

/** The page's drawing operators: heading, wrapped paragraphs, then the footer. */
function pageContent(page: PdfPage, footer: string): string {
  const width = PAGE.width - 2 * PAGE.margin;
  const ops: string[] = ["BT", `/F2 ${HEADING.size} Tf`, `${HEADING.leading} TL`, `${PAGE.margin} ${PAGE.height - PAGE.margin} Td`];
  for (const line of wrapText(page.heading, HEADING.size, width, true)) ops.push(`${literal(line)} Tj`, "T*");
  ops.push(`/F1 ${BODY.size} Tf`, `${BODY.leading} TL`);
  let y = PAGE.height - PAGE.margin - HEADING.leading * 1.5;
  for (const paragraph of page.paragraphs) {
    for (const line of wrapText(paragraph, BODY.size, width)) {
      if (y < PAGE.margin + 2 * BODY.leading) throw new Error(`pdf-writer: the page "${page.heading}" does not fit`);
      ops.push(`${literal(line)} Tj`, "T*");
      y -= BODY.leading;
    }
    ops.push("T*"); // a blank line between paragraphs
    y -= BODY.leading;
  }
  ops.push("ET", "BT", "/F1 8 Tf", `${PAGE.margin} ${PAGE.margin - 24} Td`, `${literal(footer)} Tj`, "ET");
  return ops.join("\n");
}

/** Serialises numbered objects with a cross-reference table (offsets in bytes). */
function assemble(objects: Buffer[], rootId: number, infoId: number): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, "latin1"), body, Buffer.from("\nendobj\n", "latin1")]);
    parts.push(object);
    offset += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${rootId} 0 R /Info ${infoId} 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}

function stream(content: string): Buffer {
  const data = zlib.deflateSync(Buffer.from(content, "latin1"));
  return Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, "latin1"), data, Buffer.from("\nendstream", "latin1")]);
}

/** A PDF with one page per entry; throws when a page overflows or a character cannot be encoded. */
export function writePdf(input: PdfInput): Uint8Array {
  // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then a page and its content each.
  const pageIds = input.pages.map((_, i) => 6 + 2 * i);
  const objects: Buffer[] = [];
  const text = (value: string) => Buffer.from(value, "latin1");
  objects.push(text("<< /Type /Catalog /Pages 2 0 R >>"));
  objects.push(text(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`));
  objects.push(text("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
  objects.push(text("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
  objects.push(text(`<< /Title ${textString(input.title)} /Producer (Puente demo content) >>`));
  input.pages.forEach((page, i) => {
    const footer = `${input.footer} · ${i + 1} / ${input.pages.length}`;
    objects.push(
      text(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
          `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
      ),
    );
    objects.push(stream(pageContent(page, footer)));
  });
  return assemble(objects, 1, 5);
}
