// Everything about an uploaded file that does not need the database: checks, type, checksum
// and text. The caller (the upload route / DAL) stores the file and the row.
import { createHash } from "node:crypto";
import type { Env } from "../env";
import { detectFileType } from "../extract/detect-file-type";
import { extractText, type ExtractionResult } from "../extract/extract-text";
import { extensionOf, type FileKind } from "../extract/file-kinds";

// Uploaded file names are shown to other users and sent back in Content-Disposition: keep
// only a plain, readable, bounded name.
export const MAX_FILE_NAME_LENGTH = 200;

// C0 and C1 controls, and the bidirectional overrides and isolates that can make
// "report‮fdp.exe" display as "reportexe.pdf".
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The cleaned name, or null when nothing usable is left. */
export function sanitizeFileName(raw: string): string | null {
  // Browsers send a bare name, but some clients send a full path (C:\Users\…\report.pdf).
  const base = raw.slice(Math.max(raw.lastIndexOf("/"), raw.lastIndexOf("\\")) + 1);
  if (FORBIDDEN.test(base)) return null;
  const name = base.normalize("NFC").trim();
  if (!name || /^\.+$/.test(name)) return null;
  return capLength(name);
}

/** At most MAX_FILE_NAME_LENGTH characters (code points), keeping the extension. */
function capLength(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  // An "extension" too long to be one is just part of the name.
  if (extension.length > 16) return chars.slice(0, MAX_FILE_NAME_LENGTH).join("").trimEnd();
  const stem = chars.slice(0, MAX_FILE_NAME_LENGTH - extension.length).join("").trimEnd();
  return stem + extension.join("");
}

export interface UploadLimits {
  maxBytes: number;
  timeoutMs: number;
  maxChars: number;
}

export type UploadRejection = "empty" | "file_too_large" | "invalid_name" | "type_not_allowed" | "content_mismatch";

export type PreparedUpload =
  | {
      ok: true;
      /** Cleaned name, with the detected type's extension added when it had none. */
      fileName: string;
      kind: FileKind;
      mimeType: string;
      size: number;
      /** SHA-256 of the content, hex. */
      checksum: string;
      extraction: ExtractionResult;
    }
  | { ok: false; reason: UploadRejection };

export function uploadLimits(env: Env): UploadLimits {
  return { maxBytes: env.ATTACHMENT_MAX_BYTES, timeoutMs: env.EXTRACTION_TIMEOUT_MS, maxChars: env.EXTRACTION_MAX_CHARS };
}

export async function prepareUpload(input: { bytes: Uint8Array; fileName: string; limits: UploadLimits }): Promise<PreparedUpload> {
  const { bytes, limits } = input;
  if (bytes.byteLength === 0) return { ok: false, reason: "empty" };
  if (bytes.byteLength > limits.maxBytes) return { ok: false, reason: "file_too_large" };
  const cleaned = sanitizeFileName(input.fileName);
  if (!cleaned) return { ok: false, reason: "invalid_name" };
  const type = detectFileType(bytes, cleaned);
  if (!type.ok) return type;

  const fileName = extensionOf(cleaned) ? cleaned : sanitizeFileName(`${cleaned}.${type.extension}`)!;
  const checksum = createHash("sha256").update(bytes).digest("hex");
  const extraction = await extractText(bytes, type.kind, { timeoutMs: limits.timeoutMs, maxChars: limits.maxChars });
  return { ok: true, fileName, kind: type.kind, mimeType: type.mimeType, size: bytes.byteLength, checksum, extraction };
}
