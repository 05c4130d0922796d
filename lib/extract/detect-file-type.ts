// Decides what an uploaded file is from its content, never from its name alone: the name only
// has to agree with the content (and, for text, chooses between plain text, Markdown and CSV).
import { DEFAULT_EXTENSIONS, KIND_BY_EXTENSION, MIME_TYPES, extensionOf, type FileKind } from "./file-kinds";
import { isZip, readZipEntries } from "./zip-entries";

export type DetectedFileType =
  | { ok: true; kind: FileKind; mimeType: string; extension: string }
  | { ok: false; reason: "type_not_allowed" | "content_mismatch" | "empty" };

/** What the bytes are, as far as attachments care. */
type ContentClass = "pdf" | "docx" | "text" | "other";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const TEXT_KINDS: ReadonlySet<FileKind> = new Set(["text", "markdown", "csv"]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function isUtf8Text(bytes: Uint8Array): boolean {
  // PostgreSQL text cannot hold NUL, and no real text file contains one.
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isDocx(bytes: Uint8Array): boolean {
  const names = new Set(readZipEntries(bytes)?.map((entry) => entry.name));
  return names.has("[Content_Types].xml") && names.has("word/document.xml");
}

function classify(bytes: Uint8Array): ContentClass {
  if (startsWith(bytes, PDF_MAGIC)) return "pdf";
  if (isZip(bytes)) return isDocx(bytes) ? "docx" : "other";
  return isUtf8Text(bytes) ? "text" : "other";
}

function accepted(kind: FileKind, extension: string): DetectedFileType {
  return { ok: true, kind, mimeType: MIME_TYPES[kind], extension };
}

export function detectFileType(bytes: Uint8Array, fileName: string): DetectedFileType {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  const extension = extensionOf(fileName);
  const claimed = KIND_BY_EXTENSION[extension];
  const content = classify(bytes);

  if (!extension) {
    // No name to agree with: the content alone decides, as plain text for text.
    if (content === "other") return { ok: false, reason: "type_not_allowed" };
    const kind: FileKind = content;
    return accepted(kind, DEFAULT_EXTENSIONS[kind]);
  }
  if (!claimed) return { ok: false, reason: "type_not_allowed" };
  const matches = claimed === content || (content === "text" && TEXT_KINDS.has(claimed));
  return matches ? accepted(claimed, extension) : { ok: false, reason: "content_mismatch" };
}
