import { describe, expect, it } from "vitest";
import { makeDocx } from "./testing/make-docx";
import { readZipEntries } from "./zip-entries";

/** A stored (uncompressed) single-entry ZIP, optionally in ZIP64 form. */
function storedZip(name: string, content: Buffer, zip64 = false): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const extra = Buffer.alloc(zip64 ? 20 : 0);
  if (zip64) {
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(content.length), 4);
    extra.writeBigUInt64LE(BigInt(content.length), 12);
  }
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(zip64 ? 0xffffffff : content.length, 20);
  central.writeUInt32LE(zip64 ? 0xffffffff : content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt16LE(extra.length, 30);
  const directoryOffset = local.length + nameBytes.length + content.length;
  const directory = Buffer.concat([central, nameBytes, extra]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : 1, 8);
  end.writeUInt16LE(zip64 ? 0xffff : 1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : directoryOffset, 16);
  if (!zip64) return Buffer.concat([local, nameBytes, content, directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(1n, 24);
  record.writeBigUInt64LE(1n, 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directory.length), 8);
  return Buffer.concat([local, nameBytes, content, directory, record, locator, end]);
}

describe("readZipEntries", () => {
  it("lists the parts of a real DOCX with their sizes", async () => {
    const entries = readZipEntries(await makeDocx(["Hola mundo"]));
    const names = entries?.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "_rels/.rels"]));
    const document = entries?.find((entry) => entry.name === "word/document.xml");
    expect(document?.uncompressedSize).toBeGreaterThan(100);
  });

  it("reads plain and ZIP64 central directories", () => {
    const content = Buffer.from("hello zip");
    expect(readZipEntries(storedZip("a.txt", content))).toEqual([{ name: "a.txt", method: 0, compressedSize: 9, uncompressedSize: 9, localHeaderOffset: 0 }]);
    expect(readZipEntries(storedZip("b.txt", content, true))).toEqual([{ name: "b.txt", method: 0, compressedSize: 9, uncompressedSize: 9, localHeaderOffset: 0 }]);
  });

  it("answers null for damaged archives and non-ZIP bytes, without throwing", () => {
    const zip = storedZip("a.txt", Buffer.from("hello"));
    expect(readZipEntries(zip.subarray(0, zip.length - 30))).toBeNull();
    expect(readZipEntries(Buffer.from("PK\x03\x04 but nothing else"))).toBeNull();
    expect(readZipEntries(Buffer.from("%PDF-1.7"))).toBeNull();
    const lying = Buffer.from(zip);
    lying.writeUInt16LE(60_000, zip.length - 12); // claims 60,000 entries
    expect(readZipEntries(lying)).toBeNull();
  });
});
