import { describe, expect, it } from "vitest";
import { extractText } from "./extract-text";

const limits = { timeoutMs: 30_000, maxChars: 5_000_000 };
const utf8 = (text: string) => Buffer.from(text, "utf8");

describe("extractText for text files", () => {
  it("gives the whole text as page 1, without BOM, normalised", async () => {
    const result = await extractText(utf8("\uFEFF# Título\r\n\r\nLa  educación\tde los niños.  \n"), "markdown", limits);
    expect(result).toEqual({ status: "EXTRACTED", pageCount: null, error: null, pages: [{ page: 1, text: "# Título\n\nLa educación de los niños." }] });
  });

  it("keeps CSV rows on their own lines", async () => {
    const result = await extractText(utf8("país,año\nColombia,2024\nEstados Unidos,2023\n"), "csv", limits);
    expect(result.pages).toEqual([{ page: 1, text: "país,año\nColombia,2024\nEstados Unidos,2023" }]);
  });

  it("reports a file of only white space as having no text", async () => {
    expect(await extractText(utf8(" \n\t\n "), "text", limits)).toEqual({ status: "NO_TEXT", pages: [], pageCount: null, error: "no_text" });
  });

  it("cuts at the character limit without splitting a character", async () => {
    const result = await extractText(utf8("ab😀cd"), "text", { ...limits, maxChars: 3 });
    // "😀" is two UTF-16 units: keeping half of it would store an invalid character.
    expect(result).toMatchObject({ status: "EXTRACTED", error: "truncated", pages: [{ page: 1, text: "ab" }] });
  });
});

describe("extractText on an unexpected error", () => {
  it("answers FAILED instead of throwing", async () => {
    // Bytes that fail on every read: a programming error, not a bad file.
    const notBytes = new Proxy(new Uint8Array(8), {
      get() {
        throw new Error("unreadable");
      },
    });
    for (const kind of ["pdf", "docx", "text"] as const) {
      expect(await extractText(notBytes, kind, limits), kind).toEqual({ status: "FAILED", pages: [], pageCount: null, error: "failed" });
    }
  });
});
