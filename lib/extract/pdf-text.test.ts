import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractText } from "./extract-text";
import { makeImageOnlyPdf, makePdf } from "./testing/make-pdf";
import { samplePages } from "./testing/sample-text";

const limits = { timeoutMs: 30_000, maxChars: 5_000_000 };
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures", name));
const totalChars = (pages: { text: string }[]) => pages.reduce((sum, page) => sum + page.text.length, 0);

describe("PDF text", () => {
  it("extracts every page under its own number", async () => {
    const pages = samplePages(5);
    const result = await extractText(await makePdf(pages), "pdf", limits);
    expect(result).toMatchObject({ status: "EXTRACTED", pageCount: 5, error: null });
    expect(result.pages.map((page) => page.page)).toEqual([1, 2, 3, 4, 5]);
    result.pages.forEach((page, i) => {
      expect(page.text.startsWith(`Page ${i + 1} marker\n`)).toBe(true);
      // The first sentence of each page's first paragraph is on that page and no other.
      const sentence = pages[i]![1]!.split(". ")[0]!;
      expect(page.text.replaceAll("\n", " ")).toContain(sentence);
    });
  });

  it("keeps Spanish accents and punctuation, normalised", async () => {
    const text = "Educación   y niñez: ¿qué aprendimos? ¡Mucho! “Comillas” – guion, Bogotá, año 2024.";
    const result = await extractText(await makePdf([[text]]), "pdf", limits);
    expect(result.pages).toEqual([{ page: 1, text: "Educación y niñez: ¿qué aprendimos? ¡Mucho! “Comillas” – guion, Bogotá, año 2024." }]);
  });

  it("leaves out pages without text but keeps the numbering and the page count", async () => {
    const result = await extractText(await makePdf([["first"], [], ["third"]]), "pdf", limits);
    expect(result).toMatchObject({ status: "EXTRACTED", pageCount: 3, pages: [{ page: 1, text: "first" }, { page: 3, text: "third" }] });
  });

  it("reports a scanned (image-only) PDF as having no text", async () => {
    const result = await extractText(await makeImageOnlyPdf(2), "pdf", limits);
    expect(result).toEqual({ status: "NO_TEXT", pages: [], pageCount: 2, error: "no_text" });
  });

  it("reports truncated and damaged PDFs as corrupt", async () => {
    const pdf = await makePdf(samplePages(3), { useObjectStreams: false });
    for (const damaged of [pdf.slice(0, Math.floor(pdf.length / 2)), pdf.slice(0, 9), Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(4096, 0x41)])]) {
      expect(await extractText(damaged, "pdf", limits)).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "corrupt" });
    }
  });

  it("reports PDFs that need a password as encrypted (AES-256 and RC4)", async () => {
    for (const name of ["encrypted-aes256.pdf", "encrypted-rc4.pdf"]) {
      expect(await extractText(fixture(name), "pdf", limits), name).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "encrypted" });
    }
  });

  it("reads a PDF that is encrypted only with an owner password (restrictions)", async () => {
    const result = await extractText(fixture("owner-password-only.pdf"), "pdf", limits);
    expect(result).toEqual({
      status: "EXTRACTED",
      pageCount: 2,
      error: null,
      pages: [
        { page: 1, text: "Informe confidencial: contenido cifrado." },
        { page: 2, text: "Segunda página del informe." },
      ],
    });
  });

  it("stops at the character limit, keeping whole pages before it", async () => {
    const pdf = await makePdf(samplePages(5));
    const full = await extractText(pdf, "pdf", limits);
    const firstPage = full.pages[0]!.text.length;
    const result = await extractText(pdf, "pdf", { ...limits, maxChars: firstPage + 100 });
    expect(result).toMatchObject({ status: "EXTRACTED", error: "truncated", pageCount: 5 });
    expect(result.pages.map((page) => page.page)).toEqual([1, 2]);
    expect(totalChars(result.pages)).toBe(firstPage + 100);
    expect(result.pages[1]!.text).toBe(full.pages[1]!.text.slice(0, 100));
    const exact = await extractText(pdf, "pdf", { ...limits, maxChars: totalChars(full.pages) });
    expect(exact.error).toBeNull();
  });

  it("reads a Node Buffer as well as a Uint8Array, and leaves the caller's bytes intact", async () => {
    const pdf = Buffer.from(await makePdf([["x"]]));
    const copy = Buffer.from(pdf);
    expect((await extractText(pdf, "pdf", limits)).pages).toEqual([{ page: 1, text: "x" }]);
    expect(pdf.equals(copy)).toBe(true);
  });

  describe("time limit", () => {
    let large: Uint8Array;
    beforeAll(async () => {
      large = await makePdf(samplePages(300));
    }, 60_000);

    it("gives up when the time is up, long before the work would have finished", async () => {
      let started = performance.now();
      const complete = await extractText(large, "pdf", limits);
      const fullMs = performance.now() - started;
      expect(complete.pages).toHaveLength(300);

      started = performance.now();
      const result = await extractText(large, "pdf", { ...limits, timeoutMs: 20 });
      const limitedMs = performance.now() - started;
      expect(result).toEqual({ status: "FAILED", pages: [], pageCount: 300, error: "timeout" });
      expect(limitedMs).toBeLessThan(fullMs / 2);
    });
  });
});
