import { createHash } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { makeDocx } from "../extract/testing/make-docx";
import { makePdf } from "../extract/testing/make-pdf";
import { MAX_FILE_NAME_LENGTH, prepareUpload, sanitizeFileName, uploadLimits } from "./prepare-upload";

const limits = { maxBytes: 1024 * 1024, timeoutMs: 30_000, maxChars: 1_000_000 };

describe("prepareUpload", () => {
  it("returns what the row needs for a real PDF", async () => {
    const bytes = await makePdf([["Informe anual de la coalición"], ["Segunda página"]]);
    const result = await prepareUpload({ bytes, fileName: "Informe 2024.pdf", limits });
    expect(result).toEqual({
      ok: true,
      fileName: "Informe 2024.pdf",
      kind: "pdf",
      mimeType: "application/pdf",
      size: bytes.byteLength,
      checksum: createHash("sha256").update(bytes).digest("hex"),
      extraction: {
        status: "EXTRACTED",
        pageCount: 2,
        error: null,
        pages: [
          { page: 1, text: "Informe anual de la coalición" },
          { page: 2, text: "Segunda página" },
        ],
      },
    });
  });

  it("handles a DOCX and text, and names a file without extension after its type", async () => {
    const docx = await prepareUpload({ bytes: await makeDocx(["Hola"]), fileName: "minutes", limits });
    expect(docx).toMatchObject({ ok: true, fileName: "minutes.docx", kind: "docx", extraction: { status: "EXTRACTED" } });
    const csv = await prepareUpload({ bytes: Buffer.from("a,b\n1,2\n"), fileName: "C:\\Users\\ana\\datos.csv", limits });
    expect(csv).toMatchObject({ ok: true, fileName: "datos.csv", kind: "csv", mimeType: "text/csv", size: 8 });
  });

  it("checks the size before anything else", async () => {
    expect(await prepareUpload({ bytes: new Uint8Array(0), fileName: "a.pdf", limits })).toEqual({ ok: false, reason: "empty" });
    const big = Buffer.alloc(limits.maxBytes + 1, 0x41);
    expect(await prepareUpload({ bytes: big, fileName: "\u0000bad", limits })).toEqual({ ok: false, reason: "file_too_large" });
    const exact = Buffer.alloc(limits.maxBytes, 0x41);
    expect(await prepareUpload({ bytes: exact, fileName: "a.txt", limits })).toMatchObject({ ok: true, size: limits.maxBytes });
  });

  it("refuses disguised and unsupported files", async () => {
    const elf = fs.readFileSync(process.execPath).subarray(0, 4096);
    expect(await prepareUpload({ bytes: elf, fileName: "report.pdf", limits })).toEqual({ ok: false, reason: "content_mismatch" });
    expect(await prepareUpload({ bytes: elf, fileName: "report.exe", limits })).toEqual({ ok: false, reason: "type_not_allowed" });
    expect(await prepareUpload({ bytes: Buffer.from("hola"), fileName: "evil\u202Etxt.exe", limits })).toEqual({ ok: false, reason: "invalid_name" });
  });

  it("reads its limits from the configuration", () => {
    const env = parseEnv({ ATTACHMENT_MAX_BYTES: "2048", EXTRACTION_TIMEOUT_MS: "1500", EXTRACTION_MAX_CHARS: "5000" });
    expect(uploadLimits(env)).toEqual({ maxBytes: 2048, timeoutMs: 1500, maxChars: 5000 });
  });
});

describe("sanitizeFileName", () => {
  it("keeps only the last path segment, trimmed and NFC-composed", () => {
    expect(sanitizeFileName("/tmp/../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("  Educacio\u0301n.pdf ")).toBe("Educación.pdf");
  });

  it("refuses control characters, bidirectional overrides and empty names", () => {
    for (const name of ["a\u0000.pdf", "line\nbreak.pdf", "tab\t.pdf", "x\u0085.pdf", "report\u202Efdp.exe", "\u2066a.pdf", "", "   ", ".", "..", "dir/"]) {
      expect(sanitizeFileName(name), JSON.stringify(name)).toBeNull();
    }
  });

  it("caps long names at 200 characters, keeping the extension", () => {
    const capped = sanitizeFileName(`${"ñ".repeat(300)}.docx`)!;
    expect(Array.from(capped)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(capped.endsWith("ñ.docx")).toBe(true);
    const emoji = sanitizeFileName(`${"😀".repeat(250)}.pdf`)!;
    expect(Array.from(emoji)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(emoji.endsWith("😀.pdf")).toBe(true);
    expect(Array.from(sanitizeFileName("x".repeat(250))!)).toHaveLength(MAX_FILE_NAME_LENGTH);
  });
});
