import { describe, expect, it } from "vitest";
import { makeDocx } from "./testing/make-docx";
import { makeLyingDocx } from "./testing/make-zip";
import { readZipEntries } from "./zip-entries";
import { inflatedSize } from "./zip-inflated-size";

const MB = 1024 * 1024;

describe("inflatedSize", () => {
  it("counts what a truthful archive declares", async () => {
    for (const docx of [await makeDocx(["Hola mundo", "Segundo párrafo"]), await makeLyingDocx(3 * MB)]) {
      const entries = readZipEntries(docx)!;
      const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
      expect(await inflatedSize(docx, entries, 10 * MB)).toEqual({ ok: true, bytes: declared });
    }
  });

  it("stops at the limit when an entry inflates to more than the archive declares", async () => {
    const bomb = await makeLyingDocx(64 * MB, 1024);
    expect(bomb.byteLength).toBeLessThan(MB);
    const entries = readZipEntries(bomb)!;
    expect(entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)).toBeLessThan(4096);
    const started = performance.now();
    expect(await inflatedSize(bomb, entries, 2 * MB)).toEqual({ ok: false, reason: "too_large" });
    // Stopped near 2 MB, not after inflating all 64 MB.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("reports damaged entry data and impossible offsets as corrupt", async () => {
    const docx = await makeLyingDocx(MB);
    const entries = readZipEntries(docx)!;
    const document = entries.find((entry) => entry.name === "word/document.xml")!;
    const damaged = Buffer.from(docx);
    const start = document.localHeaderOffset + 30 + document.name.length;
    damaged.fill(0xff, start, start + 64);
    expect(await inflatedSize(damaged, entries, 10 * MB)).toEqual({ ok: false, reason: "corrupt" });
    expect(await inflatedSize(docx, [{ ...document, localHeaderOffset: docx.byteLength - 10 }], 10 * MB)).toEqual({ ok: false, reason: "corrupt" });
    expect(await inflatedSize(docx, [{ ...document, compressedSize: docx.byteLength }], 10 * MB)).toEqual({ ok: false, reason: "corrupt" });
    expect(await inflatedSize(docx, [{ ...document, method: 12 }], 10 * MB)).toEqual({ ok: false, reason: "corrupt" });
  });
});
