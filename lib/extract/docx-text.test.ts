import { describe, expect, it } from "vitest";
import { MAX_DOCX_UNCOMPRESSED_BYTES, extractDocxText } from "./docx-text";
import { extractText } from "./extract-text";
import { makeDocx } from "./testing/make-docx";
import { makeLyingDocx } from "./testing/make-zip";

const limits = { timeoutMs: 30_000, maxChars: 5_000_000 };

/** Offset of the central-directory header of the named entry. */
function centralHeader(zip: Buffer, name: string): number {
  for (let at = zip.lastIndexOf(Buffer.from("PK\x01\x02", "latin1")); at >= 0; at = zip.lastIndexOf(Buffer.from("PK\x01\x02", "latin1"), at - 1)) {
    if (zip.toString("latin1", at + 46, at + 46 + zip.readUInt16LE(at + 28)) === name) return at;
  }
  throw new Error(`no entry ${name}`);
}

describe("DOCX text", () => {
  it("extracts the paragraphs as page 1, accents included", async () => {
    const docx = await makeDocx(["Informe de gestión", "La educación   de los niños en Bogotá.", "Second paragraph, in English."]);
    expect(await extractText(docx, "docx", limits)).toEqual({
      status: "EXTRACTED",
      pageCount: null,
      error: null,
      pages: [{ page: 1, text: "Informe de gestión\n\nLa educación de los niños en Bogotá.\n\nSecond paragraph, in English." }],
    });
  });

  it("keeps text after an explicit page break on page 1 (DOCX has no fixed pages)", async () => {
    const result = await extractText(await makeDocx(["Antes", "\f", "Después"]), "docx", limits);
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]!.text).toMatch(/^Antes\n+Después$/);
  });

  it("reports a document without text as having none", async () => {
    expect(await extractText(await makeDocx(["", "   "]), "docx", limits)).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "no_text" });
  });

  it("cuts the text at the character limit", async () => {
    const result = await extractText(await makeDocx(["abcdefghij", "klmnopqrst"]), "docx", { ...limits, maxChars: 15 });
    expect(result).toMatchObject({ status: "EXTRACTED", error: "truncated", pages: [{ page: 1, text: "abcdefghij\n\nklm" }] });
  });

  it("reports a damaged document as corrupt", async () => {
    const docx = await makeDocx(["Hola mundo, este documento se dañará."]);
    const header = centralHeader(docx, "word/document.xml");
    const local = docx.readUInt32LE(header + 42);
    const dataStart = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
    const damaged = Buffer.from(docx);
    damaged.fill(0xff, dataStart, dataStart + docx.readUInt32LE(header + 20));
    expect(await extractText(damaged, "docx", limits)).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "corrupt" });
  });

  it("refuses to inflate an archive that declares more than the safe size", async () => {
    const docx = await makeDocx(["Hola"]);
    const bomb = Buffer.from(docx);
    bomb.writeUInt32LE(MAX_DOCX_UNCOMPRESSED_BYTES + 1, centralHeader(bomb, "word/document.xml") + 24);
    expect(await extractText(bomb, "docx", limits)).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "too_large" });
  });

  it("refuses an archive whose parts really inflate to more than the safe size, whatever they declare", async () => {
    const MB = 1024 * 1024;
    // JSZip would inflate all 8 MB before noticing that the declared 1 KB was a lie.
    const lying = await makeLyingDocx(8 * MB, 1024);
    expect(await extractDocxText(lying, limits, 2 * MB)).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "too_large" });
    const truthful = await makeLyingDocx(MB);
    expect(await extractDocxText(truthful, limits, 2 * MB)).toMatchObject({ status: "EXTRACTED", pages: [{ page: 1, text: "Hola" }] });
  });
});
