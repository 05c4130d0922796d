// The real inflated size of a ZIP archive, counted while inflating (nothing is kept) and
// stopped as soon as it passes a limit: the sizes an archive declares are the author's word,
// and a hostile one declares a few bytes for an entry that inflates to gigabytes.
import { createInflateRaw } from "node:zlib";
import type { ZipEntry } from "./zip-entries";

const STORED = 0;
const DEFLATED = 8;

export type InflatedSize = { ok: true; bytes: number } | { ok: false; reason: "too_large" | "corrupt" };

/** Where an entry's data starts: after its local header, whose name and extra lengths are its own. */
function dataStart(view: DataView, entry: ZipEntry): number | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== 0x04034b50) return null;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

/** Inflates one deflated entry, counting; settles with its size, or once it passes `limit`. */
function countInflated(compressed: Uint8Array, limit: number): Promise<number | "too_large" | "corrupt"> {
  if (compressed.byteLength === 0) return Promise.resolve(0);
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    let settled = false;
    const settle = (result: number | "too_large" | "corrupt") => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(result);
    };
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) settle("too_large");
    });
    inflate.on("end", () => settle(total));
    inflate.on("error", () => settle("corrupt"));
    inflate.end(compressed);
  });
}

/** The sum of the entries' real sizes, unless it passes `limit` or an entry cannot be read. */
export async function inflatedSize(bytes: Uint8Array, entries: ZipEntry[], limit: number): Promise<InflatedSize> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const start = dataStart(view, entry);
    if (start === null || start + entry.compressedSize > bytes.byteLength) return { ok: false, reason: "corrupt" };
    const data = bytes.subarray(start, start + entry.compressedSize);
    let size: number | "too_large" | "corrupt";
    if (entry.method === STORED) size = data.byteLength;
    else if (entry.method === DEFLATED) size = await countInflated(data, limit - total);
    else size = "corrupt";
    if (typeof size !== "number") return { ok: false, reason: size };
    total += size;
    if (total > limit) return { ok: false, reason: "too_large" };
  }
  return { ok: true, bytes: total };
}
