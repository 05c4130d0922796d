// The file types attachments accept, and how each is named and served.

export type FileKind = "pdf" | "docx" | "text" | "markdown" | "csv";

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  // Bare types (the column holds no parameters). Text is only accepted as valid UTF-8, so
  // whoever serves it adds "; charset=utf-8".
  text: "text/plain",
  markdown: "text/markdown",
  csv: "text/csv",
};

/** The extension a stored file of this kind gets when its name has none. */
export const DEFAULT_EXTENSIONS: Record<FileKind, string> = {
  pdf: "pdf",
  docx: "docx",
  text: "txt",
  markdown: "md",
  csv: "csv",
};

/** Accepted extensions (lower case) and the kind each one claims. */
export const KIND_BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  pdf: "pdf",
  docx: "docx",
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  csv: "csv",
};

/** The lower-case extension of a file name ("" when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
