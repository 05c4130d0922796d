import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFileType } from "./detect-file-type";
import { makeDocx } from "./testing/make-docx";
import { makePng } from "./testing/make-png";
import { makePdf } from "./testing/make-pdf";
import { MIME_TYPES } from "./file-kinds";

// A real executable's first bytes (ELF header), read from this machine.
const elf = fs.readFileSync(process.execPath).subarray(0, 4096);
const pe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(56), Buffer.from("PE\0\0", "latin1")]);
const utf8 = Buffer.from("Informe de gestión 2024: educación, niños y señales ✓\n", "utf8");
const latin1 = Buffer.from("Informe de gestión: educación y niños\n", "latin1");

describe("detectFileType", () => {
  it("accepts a real PDF, DOCX and UTF-8 text by their content", async () => {
    const pdf = await makePdf([["Hello"]]);
    const docx = await makeDocx(["Hola"]);
    expect(detectFileType(pdf, "Report.PDF")).toEqual({ ok: true, kind: "pdf", mimeType: "application/pdf", extension: "pdf" });
    expect(detectFileType(docx, "informe.docx")).toEqual({ ok: true, kind: "docx", mimeType: MIME_TYPES.docx, extension: "docx" });
    expect(detectFileType(utf8, "notes.txt")).toMatchObject({ ok: true, kind: "text", mimeType: "text/plain" });
  });

  it("lets the extension choose between plain text, Markdown and CSV", () => {
    expect(detectFileType(utf8, "a.md")).toEqual({ ok: true, kind: "markdown", mimeType: "text/markdown", extension: "md" });
    expect(detectFileType(utf8, "a.markdown")).toMatchObject({ ok: true, kind: "markdown", extension: "markdown" });
    expect(detectFileType(Buffer.from("a,b\n1,2\n"), "data.CSV")).toMatchObject({ ok: true, kind: "csv", extension: "csv" });
    expect(detectFileType(Buffer.from("\uFEFFwith a byte order mark"), "bom.txt")).toMatchObject({ ok: true, kind: "text" });
  });

  it("refuses content that contradicts an allowed name", async () => {
    if (process.platform === "linux") expect(elf.subarray(0, 4).toString("latin1")).toBe("\x7fELF");
    const pdf = await makePdf([["Hello"]]);
    expect(detectFileType(elf, "report.pdf")).toEqual({ ok: false, reason: "content_mismatch" });
    expect(detectFileType(pe, "report.pdf")).toEqual({ ok: false, reason: "content_mismatch" });
    expect(detectFileType(utf8, "report.pdf")).toEqual({ ok: false, reason: "content_mismatch" });
    expect(detectFileType(pdf, "report.docx")).toEqual({ ok: false, reason: "content_mismatch" });
    expect(detectFileType(pdf, "notes.txt")).toEqual({ ok: false, reason: "content_mismatch" });
    expect(detectFileType(makePng(8, 8), "notes.md")).toEqual({ ok: false, reason: "content_mismatch" });
  });

  it("refuses text that is not valid UTF-8 or contains NUL", () => {
    expect(detectFileType(latin1, "notes.txt")).toEqual({ ok: false, reason: "content_mismatch" });
    expect(detectFileType(Buffer.from("abc\0def"), "notes.txt")).toEqual({ ok: false, reason: "content_mismatch" });
  });

  it("refuses a ZIP that is not a Word document, even named .docx", async () => {
    const docx = await makeDocx(["Hola"]);
    // Same archive with word/document.xml renamed: still a valid ZIP, no longer a DOCX.
    const renamed = Buffer.from(docx.toString("latin1").replaceAll("word/document.xml", "word/documenX.xml"), "latin1");
    expect(detectFileType(renamed, "informe.docx")).toEqual({ ok: false, reason: "content_mismatch" });
    expect(detectFileType(docx.subarray(0, 200), "informe.docx")).toEqual({ ok: false, reason: "content_mismatch" });
  });

  it("refuses types that are not allowed, whatever the content", async () => {
    const docx = await makeDocx(["Hola"]);
    expect(detectFileType(elf, "tool.exe")).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(detectFileType(pe, "setup.exe")).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(detectFileType(docx, "archive.zip")).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(detectFileType(makePng(8, 8), "photo.png")).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(detectFileType(utf8, "page.html")).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(detectFileType(elf, "ls")).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(detectFileType(makePng(8, 8), "scan")).toEqual({ ok: false, reason: "type_not_allowed" });
  });

  it("lets the content decide when the name has no extension", async () => {
    expect(detectFileType(await makePdf([["x"]]), "scan")).toEqual({ ok: true, kind: "pdf", mimeType: "application/pdf", extension: "pdf" });
    expect(detectFileType(utf8, "README")).toMatchObject({ ok: true, kind: "text", extension: "txt" });
  });

  it("reports an empty file as empty", () => {
    expect(detectFileType(new Uint8Array(0), "empty.pdf")).toEqual({ ok: false, reason: "empty" });
  });
});
