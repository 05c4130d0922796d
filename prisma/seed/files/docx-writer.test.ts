// The demo DOCX files are real ZIP packages with the parts Word needs: every entry inflates to
// its declared size and checksum, the upload checks accept them, and mammoth reads the text.
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { detectFileType } from "../../../lib/extract/detect-file-type";
import { extractText } from "../../../lib/extract/extract-text";
import { readZipEntries } from "../../../lib/extract/zip-entries";
import { writeDocx } from "./docx-writer";

const input = {
  title: "Guía de acuerdos veredales",
  language: "es-CO",
  author: "Fundación Tejido Territorial",
  sections: [
    { heading: "1. Compromisos", paragraphs: ["Llevar la libreta <de cosecha> & anotar \"todo\".", "Segundo párrafo."] },
    { heading: "Summary in English", paragraphs: ["Families keep a harvest logbook."] },
  ],
};

/** Each local entry's name, and whether its data inflates to the central directory's size and CRC. */
function checkEntries(bytes: Uint8Array): { name: string; intact: boolean }[] {
  const buffer = Buffer.from(bytes);
  const out: { name: string; intact: boolean }[] = [];
  for (let at = 0; buffer.readUInt32LE(at) === 0x04034b50; ) {
    const [crc, compressed, size] = [buffer.readUInt32LE(at + 14), buffer.readUInt32LE(at + 18), buffer.readUInt32LE(at + 22)];
    const nameLength = buffer.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + buffer.readUInt16LE(at + 28);
    const data = zlib.inflateRawSync(buffer.subarray(start, start + compressed));
    out.push({ name: buffer.toString("utf8", at + 30, at + 30 + nameLength), intact: data.length === size && zlib.crc32(data) === crc });
    at = start + compressed;
  }
  return out;
}

describe("writeDocx", () => {
  const bytes = writeDocx(input);

  it("writes a ZIP whose entries are intact and agree with its central directory", () => {
    const local = checkEntries(bytes);
    expect(local.every((e) => e.intact)).toBe(true);
    expect(readZipEntries(bytes)!.map((e) => e.name)).toEqual(local.map((e) => e.name));
    expect(local.map((e) => e.name)).toEqual(expect.arrayContaining(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]));
  });

  it("is accepted as a DOCX and gives the same bytes for the same input", () => {
    expect(detectFileType(bytes, "guia.docx")).toMatchObject({ ok: true, kind: "docx" });
    expect(Buffer.from(writeDocx(input)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("holds the title, headings and paragraphs as text, with markup characters kept", async () => {
    const result = await extractText(bytes, "docx", { timeoutMs: 30_000, maxChars: 1_000_000 });
    expect(result.pages.map((p) => p.text)).toEqual([
      [
        "Guía de acuerdos veredales", "1. Compromisos", "Llevar la libreta <de cosecha> & anotar \"todo\".", "Segundo párrafo.",
        "Summary in English", "Families keep a harvest logbook.",
      ].join("\n\n"),
    ]);
  });
});
