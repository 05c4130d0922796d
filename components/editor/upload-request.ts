// Talks to the attachments API. Uploads use XMLHttpRequest because fetch cannot report upload
// progress; the raw file is the body and its name travels in a header.
import type { AttachmentItem } from "./types";

export interface ApiError {
  code: string;
  message?: string;
  /** For duplicate_file: the attachment that already has this content. */
  existingFileName?: string;
}

export type VersionChange = { version: number; previousVersion: number };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

const fallbackCodes: Record<number, string> = {
  401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "duplicate_file", 413: "file_too_large", 415: "type_not_allowed",
};

function parseError(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: Partial<ApiError> };
    const code = body.error?.code;
    // A code that is not snake_case is a human sentence (a generic not-found): go by the status.
    if (code && /^[a-z_]+$/.test(code)) return { code, message: body.error?.message, existingFileName: body.error?.existingFileName };
  } catch {
    // Not JSON (a proxy's error page): fall back on the status.
  }
  return { code: fallbackCodes[status] ?? "unexpected" };
}

const attachmentsUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/attachments`;

export interface Upload {
  result: Promise<ApiResult<{ attachment: AttachmentItem } & VersionChange>>;
  abort: () => void;
}

export function uploadFile(documentId: string, file: File, expectedVersion: number | null, onProgress: (loaded: number, total: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const result = new Promise<ApiResult<{ attachment: AttachmentItem } & VersionChange>>((resolve) => {
    xhr.open("POST", attachmentsUrl(documentId));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    if (expectedVersion !== null) xhr.setRequestHeader("X-Expected-Version", String(expectedVersion));
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve({ ok: true, data: JSON.parse(xhr.responseText) });
        } catch {
          resolve({ ok: false, error: { code: "unexpected" } });
        }
      } else resolve({ ok: false, error: parseError(xhr.status, xhr.responseText) });
    };
    xhr.onerror = () => resolve({ ok: false, error: { code: "network" } });
    xhr.onabort = () => resolve({ ok: false, error: { code: "aborted" } });
    xhr.send(file);
  });
  return { result, abort: () => xhr.abort() };
}

export async function removeAttachment(documentId: string, attachmentId: string, expectedVersion: number | null): Promise<ApiResult<VersionChange>> {
  try {
    const response = await fetch(`${attachmentsUrl(documentId)}/${encodeURIComponent(attachmentId)}`, {
      method: "DELETE",
      headers: expectedVersion !== null ? { "X-Expected-Version": String(expectedVersion) } : {},
    });
    const text = await response.text();
    if (!response.ok) return { ok: false, error: parseError(response.status, text) };
    return { ok: true, data: JSON.parse(text) as VersionChange };
  } catch {
    return { ok: false, error: { code: "network" } };
  }
}

export const allowedExtensions = [".pdf", ".docx", ".txt", ".md", ".csv"] as const;

export const extensionOf = (fileName: string) => /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? "";

/** The checks the browser can make before sending, so the user hears about them at once. */
export function checkFile(file: File, maxFileBytes: number): ApiError | null {
  if (!(allowedExtensions as readonly string[]).includes(extensionOf(file.name))) return { code: "type_not_allowed" };
  if (file.size === 0) return { code: "empty_file" };
  if (file.size > maxFileBytes) return { code: "file_too_large" };
  return null;
}
