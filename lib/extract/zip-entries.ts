// Reads the names and sizes of a ZIP archive's entries from its central directory, without
// inflating anything: enough to tell a DOCX from another ZIP, and to spot a decompression bomb.

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only methods DOCX readers support). */
  method: number;
  compressedSize: number;
  /** As declared by the archive (a hostile archive can lie: zip-inflated-size.ts counts the truth). */
  uncompressedSize: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Where the central directory starts and how many entries it has (ZIP64 aware). */
function directoryLocation(view: DataView, eocd: number): { offset: number; count: number } | null {
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return null;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== EOCD64) return null;
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  return offset < view.byteLength ? { offset, count } : null;
}

/**
 * Values stored as 0xFFFFFFFF live in the ZIP64 extra field (id 1), in this order, each one
 * present only when its 32-bit field overflowed.
 */
const ZIP64_FIELDS = ["uncompressedSize", "compressedSize", "localHeaderOffset"] as const;

function zip64Values(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      for (const key of ZIP64_FIELDS) {
        if (entry[key] !== 0xffffffff || field + 8 > extraEnd) continue;
        entry[key] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

/** The entries, or null when the bytes are not a readable ZIP archive. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (!isZip(bytes) || bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const location = eocd < 0 ? null : directoryLocation(view, eocd);
  if (!location) return null;
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = location.offset;
  for (let i = 0; i < location.count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > view.byteLength) return null;
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, nameEnd)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    zip64Values(view, nameEnd, nameEnd + extraLength, entry);
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}
