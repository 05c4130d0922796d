"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ApiError } from "./upload-request";
import { extensionOf } from "./upload-request";

const knownCodes = [
  "duplicate_file", "file_too_large", "type_not_allowed", "content_mismatch", "too_many_files",
  "file_name_invalid", "empty_file", "not_found", "unauthorized", "forbidden", "network", "aborted", "unexpected",
] as const;
type KnownCode = (typeof knownCodes)[number];
const kinds = ["pdf", "docx", "txt", "md", "csv"] as const;

/** "820 KB", "25 MB": file sizes as people read them. */
export function useFileSize() {
  const format = useFormatter();
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? `${format.number(Math.max(1, Math.round(bytes / 1024)))} KB`
      : `${format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
}

/** What went wrong with a file, in the user's language and saying what to do about it. */
export function useUploadError(limits: { maxFileBytes: number; maxFiles: number }) {
  const t = useTranslations("Editor.upload");
  const size = useFileSize();
  return (error: ApiError, fileName: string) => {
    if (!(knownCodes as readonly string[]).includes(error.code)) return error.message || t("errors.unexpected");
    const code = error.code as KnownCode;
    if (code === "duplicate_file" && error.existingFileName) return t("errors.duplicateNamed", { name: error.existingFileName });
    if (code === "content_mismatch") {
      const extension = extensionOf(fileName);
      const kind = kinds.find((k) => `.${k}` === extension);
      return kind ? t("errors.content_mismatch", { kind: t(`kinds.${kind}`), extension }) : t("errors.contentMismatchGeneric");
    }
    return t(`errors.${code}`, { max: size(limits.maxFileBytes), maxFiles: limits.maxFiles });
  };
}
