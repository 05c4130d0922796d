// Hand-made ZIP archives for tests, including ones whose declared sizes lie (a zip bomb that
// claims a few bytes). Content is deflated as a stream, so a large entry never has to exist
// in memory at once.
import { createDeflateRaw, crc32 } from "node:zlib";

export interface ZipPart {
  name: string;
  /** The content, as chunks (a chunk may repeat: "10,000 × the same megabyte"). */
  chunks: Iterable<Buffer>;
  /** The uncompressed size the archive declares (default: the truth). */
  declaredSize?: number;
}

interface Deflated {
  name: Buffer;
  data: Buffer;
  size: number;
  crc: number;
  declaredSize?: number;
}

async function deflate(part: ZipPart): Promise<Deflated> {
  const stream = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve, reject) => stream.on("end", resolve).on("error", reject));
  let size = 0;
  let crc = 0;
  for (const chunk of part.chunks) {
    size += chunk.byteLength;
    crc = crc32(chunk, crc);
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once("drain", resolve));
  }
  stream.end();
  await ended;
  return { name: Buffer.from(part.name), data: Buffer.concat(out), size, crc, declaredSize: part.declaredSize };
}

function header(signature: number, length: number, part: Deflated): Buffer {
  const bytes = Buffer.alloc(length);
  bytes.writeUInt32LE(signature, 0);
  const base = signature === 0x02014b50 ? 2 : 0; // the central header has "version made by" first
  bytes.writeUInt16LE(20, base + 4); // version needed
  bytes.writeUInt16LE(8, base + 8); // deflated
  bytes.writeUInt32LE(part.crc >>> 0, base + 14);
  bytes.writeUInt32LE(part.data.byteLength, base + 18);
  bytes.writeUInt32LE(part.declaredSize ?? part.size, base + 22);
  bytes.writeUInt16LE(part.name.byteLength, base + 26);
  return bytes;
}

export async function makeZip(parts: ZipPart[]): Promise<Buffer> {
  const deflated = [];
  for (const part of parts) deflated.push(await deflate(part));
  const body: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of deflated) {
    const local = header(0x04034b50, 30, part);
    const central = header(0x02014b50, 46, part);
    central.writeUInt32LE(offset, 42);
    body.push(local, part.name, part.data);
    directory.push(central, part.name);
    offset += local.byteLength + part.name.byteLength + part.data.byteLength;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(deflated.length, 8);
  end.writeUInt16LE(deflated.length, 10);
  end.writeUInt32LE(directoryBytes.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...body, directoryBytes, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A DOCX whose word/document.xml really holds `realBytes` (one paragraph, then white space)
 * while the archive declares `declaredBytes` for it (default: the truth).
 */
export async function makeLyingDocx(realBytes: number, declaredBytes?: number): Promise<Buffer> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hola</w:t></w:r></w:p>');
  const tail = Buffer.from("</w:body></w:document>");
  const padding = realBytes - head.byteLength - tail.byteLength;
  const megabyte = Buffer.alloc(1024 * 1024, " ");
  function* document(): Iterable<Buffer> {
    yield head;
    for (let left = padding; left > 0; left -= megabyte.byteLength) yield left >= megabyte.byteLength ? megabyte : megabyte.subarray(0, left);
    yield tail;
  }
  return makeZip([
    { name: "[Content_Types].xml", chunks: [Buffer.from(CONTENT_TYPES)] },
    { name: "_rels/.rels", chunks: [Buffer.from(RELS)] },
    { name: "word/document.xml", chunks: document(), declaredSize: declaredBytes },
  ]);
}
