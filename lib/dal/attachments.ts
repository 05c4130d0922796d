import "server-only";
// Attachments: adding a checked file (stored first, then its row, pages and a new revision in
// one transaction; the stored file is removed again if that transaction fails), removing one
// (kept, restorable), and finding one to download with the document's own access rules.
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedUpload } from "@/lib/attachments/prepare-upload";
import type { Viewer } from "@/lib/policies/viewer";
import type { FileStorage } from "@/lib/storage/file-storage";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { newStorageKey } from "@/lib/storage/storage-key";
import { DEFAULT_EXTENSIONS } from "@/lib/extract/file-kinds";
import { readableAttachmentsWhere } from "./attachment-access";
import { documentsWhere } from "./document-access";
import type { EditorAttachment } from "./document-editor";
import { applyToWorkingCopy, loadWorkingCopy, recordRevision, workingSnapshot, type WorkingCopyRow } from "./working-copy";
import { isUniqueViolation } from "@/lib/db/unique-violation";

type Tx = Prisma.TransactionClient;
type Prepared = Extract<PreparedUpload, { ok: true }>;

const editorAttachmentSelect = {
  id: true, fileName: true, size: true, mimeType: true, extractionStatus: true, extractionError: true, pageCount: true, live: true,
} satisfies Prisma.AttachmentSelect;

export interface AttachmentChange {
  version: number;
  previousVersion: number;
}

/** Before the upload is read: the viewer may edit the document and it has room for a file. */
export async function checkAttachmentTarget(viewer: Viewer, documentId: string, maxFiles: number): Promise<void> {
  const doc = await db.document.findFirst({
    where: { AND: [documentsWhere(viewer, "edit"), { id: documentId }] },
    select: { _count: { select: { attachments: { where: { removedAt: null } } } } },
  });
  if (!doc) throw notFoundError();
  if (doc._count.attachments >= maxFiles) throw new AppError("UNPROCESSABLE", "too_many_files");
}

/** A new revision whose snapshot lists `attachmentIds`: attachments are part of history. */
async function recordAttachmentChange(tx: Tx, authorId: string, row: WorkingCopyRow, attachmentIds: string[]): Promise<AttachmentChange> {
  const { version } = await tx.document.update({ where: { id: row.id }, data: { version: { increment: 1 } }, select: { version: true } });
  const snapshot = { ...workingSnapshot(row), attachmentIds };
  const revision = await recordRevision(tx, { documentId: row.id, number: version, snapshot, authorId });
  if (row.status === "PUBLISHED") await applyToWorkingCopy(tx, row, snapshot, revision.id);
  await enqueueSearchSync(tx, [row.id]);
  return { version, previousVersion: version - 1 };
}

export type AddResult = ({ kind: "added" } & AttachmentChange & { attachment: EditorAttachment }) | { kind: "duplicate"; fileName: string };

async function insertAttachment(tx: Tx, viewerId: string, documentId: string, file: Prepared, storageKey: string, maxFiles: number): Promise<AddResult> {
  const row = await loadWorkingCopy(tx, { id: documentId });
  if (row.attachments.length >= maxFiles) throw new AppError("UNPROCESSABLE", "too_many_files");
  const attachment = await tx.attachment.create({
    data: {
      documentId, fileName: file.fileName, mimeType: file.mimeType, size: file.size, storageKey, checksum: file.checksum, uploadedById: viewerId,
      extractionStatus: file.extraction.status, extractionError: file.extraction.error, pageCount: file.extraction.pageCount,
    },
    select: editorAttachmentSelect,
  });
  if (file.extraction.pages.length > 0) {
    await tx.attachmentPage.createMany({ data: file.extraction.pages.map((p) => ({ attachmentId: attachment.id, page: p.page, text: p.text })) });
  }
  const change = await recordAttachmentChange(tx, viewerId, row, [...row.attachments.map((a) => a.id), attachment.id]);
  return { kind: "added", attachment, ...change };
}

/** A file removed earlier and uploaded again is brought back rather than stored twice. */
async function restoreRemoved(tx: Tx, viewerId: string, documentId: string, attachmentId: string): Promise<AddResult> {
  const row = await loadWorkingCopy(tx, { id: documentId });
  const attachment = await tx.attachment.update({ where: { id: attachmentId }, data: { removedAt: null }, select: editorAttachmentSelect });
  return { kind: "added", attachment, ...(await recordAttachmentChange(tx, viewerId, row, [...row.attachments.map((a) => a.id), attachmentId])) };
}

export async function addAttachment(
  viewer: Viewer,
  documentId: string,
  upload: { file: Prepared; bytes: Uint8Array },
  options: { storage: FileStorage; maxFiles: number },
): Promise<AddResult> {
  const { file, bytes } = upload;
  if (viewer.kind !== "user") throw notFoundError();
  const target = { AND: [documentsWhere(viewer, "edit"), { id: documentId }] };
  const same = await db.attachment.findFirst({ where: { documentId, checksum: file.checksum, document: target }, select: { id: true, fileName: true, removedAt: true } });
  if (same && !same.removedAt) return { kind: "duplicate", fileName: same.fileName };
  if (same) return db.$transaction((tx) => restoreRemoved(tx, viewer.id, documentId, same.id));

  const storageKey = newStorageKey(documentId, DEFAULT_EXTENSIONS[file.kind]);
  await options.storage.put(storageKey, bytes, file.mimeType);
  try {
    return await db.$transaction(async (tx) => {
      // The permission is checked again inside the transaction that writes.
      if (!(await tx.document.count({ where: target }))) throw notFoundError();
      return insertAttachment(tx, viewer.id, documentId, file, storageKey, options.maxFiles);
    });
  } catch (error) {
    await options.storage.delete(storageKey).catch((cleanupError: unknown) => console.error(`attachments: could not remove ${storageKey} after a failed upload`, cleanupError));
    // The same file uploaded twice at once: the other upload won the unique (document, checksum).
    if (isUniqueViolation(error)) {
      const existing = await db.attachment.findFirst({ where: { documentId, checksum: file.checksum }, select: { fileName: true } });
      if (existing) return { kind: "duplicate", fileName: existing.fileName };
    }
    throw error;
  }
}

export async function removeAttachment(viewer: Viewer, documentId: string, attachmentId: string): Promise<AttachmentChange> {
  if (viewer.kind !== "user") throw notFoundError();
  return db.$transaction(async (tx) => {
    const row = await loadWorkingCopy(tx, { AND: [documentsWhere(viewer, "edit"), { id: documentId }] });
    if (!row.attachments.some((a) => a.id === attachmentId)) throw notFoundError();
    await tx.attachment.update({ where: { id: attachmentId }, data: { removedAt: new Date() } });
    return recordAttachmentChange(tx, viewer.id, row, row.attachments.map((a) => a.id).filter((id) => id !== attachmentId));
  });
}

export interface DownloadableAttachment {
  fileName: string;
  mimeType: string;
  size: number;
  storageKey: string;
}

/** The attachment, if the viewer may read it (the same rules as its document); else NOT_FOUND. */
export async function getAttachmentForDownload(viewer: Viewer, attachmentId: string): Promise<DownloadableAttachment> {
  const row = await db.attachment.findFirst({
    where: { AND: [readableAttachmentsWhere(viewer), { id: attachmentId }] },
    select: { fileName: true, mimeType: true, size: true, storageKey: true },
  });
  if (!row) throw notFoundError();
  return row;
}
