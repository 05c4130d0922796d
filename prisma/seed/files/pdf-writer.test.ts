// The demo PDFs are real PDFs: a correct cross-reference table, one page per entry, text that
// pdf.js extracts exactly (accents, quotes, escaped characters), the same bytes every time.
import { describe, expect, it } from "vitest";
import { extractText } from "../../../lib/extract/extract-text";
import { detectFileType } from "../../../lib/extract/detect-file-type";
import { textWidth } from "./helvetica-widths";
import { wrapText, writePdf } from "./pdf-writer";

const limits = { timeoutMs: 30_000, maxChars: 1_000_000 };
const input = {
  title: "Anexo técnico — “prueba”",
  footer: "Puente · demo",
  pages: [
    { heading: "Annex A. Definitions", paragraphs: ["Joint units “scored” each shipment – (in brackets) and a back\\slash.", "Second paragraph."] },
    { heading: "Anexo B. Señales de alerta", paragraphs: ["¿Qué cambió? ¡La coordinación! El índice subió 40% y costó € 1.200."] },
  ],
};

describe("writePdf", () => {
  const bytes = writePdf(input);
  const text = Buffer.from(bytes).toString("latin1");

  it("writes a cross-reference table whose offsets point at their objects", () => {
    expect(detectFileType(bytes, "annex.pdf")).toMatchObject({ ok: true, kind: "pdf" });
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe("xref");
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5 + 2 * input.pages.length);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj\\n`)));
  });

  it("gives the same bytes for the same input", () => {
    expect(Buffer.from(writePdf(input)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("holds text pdf.js reads back page by page, as written", async () => {
    const result = await extractText(bytes, "pdf", limits);
    expect(result).toMatchObject({ status: "EXTRACTED", pageCount: 2, error: null });
    expect(result.pages.map((p) => p.text)).toEqual([
      "Annex A. Definitions\nJoint units “scored” each shipment – (in brackets) and a back\\slash.\nSecond paragraph.\nPuente · demo · 1 / 2",
      "Anexo B. Señales de alerta\n¿Qué cambió? ¡La coordinación! El índice subió 40% y costó € 1.200.\nPuente · demo · 2 / 2",
    ]);
  });

  it("refuses characters its fonts cannot show and pages that overflow, instead of losing text", () => {
    expect(() => writePdf({ ...input, pages: [{ heading: "x ≥ y", paragraphs: [] }] })).toThrow(/WinAnsi/);
    const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}.`);
    expect(() => writePdf({ ...input, pages: [{ heading: "Too long", paragraphs: long }] })).toThrow(/does not fit/);
  });
});

describe("wrapText", () => {
  it("keeps every line within the width and every word", () => {
    const paragraph = "Los registros de pago no se intercambian de forma masiva: cada país consulta a su propia unidad de inteligencia financiera. ".repeat(4);
    const lines = wrapText(paragraph, 10.5, 300);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(textWidth(line, 10.5)).toBeLessThanOrEqual(300);
    expect(lines.join(" ")).toBe(paragraph.trim());
  });
});
