import "server-only";
// The working copy of a document is what its editors see: the Document row itself, or, for a
// published document with edits waiting, the snapshot in its pending revision (the row keeps
// the public version until a reviewer publishes those edits).
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFoundError } from "@/lib/errors";
import { documentToSnapshot, readSnapshot, snapshotColumns, snapshotJson, snapshotSelect, writeSnapshotRelations, type DocumentSnapshot } from "@/lib/revisions/snapshot";

type Tx = Prisma.TransactionClient;

export const workingCopySelect = {
  ...snapshotSelect,
  id: true, status: true, pendingState: true, version: true, publishedAt: true, contributorId: true,
  pendingRevision: { select: { snapshot: true } },
} satisfies Prisma.DocumentSelect;

export type WorkingCopyRow = Prisma.DocumentGetPayload<{ select: typeof workingCopySelect }>;

export function workingSnapshot(row: WorkingCopyRow): DocumentSnapshot {
  if (!row.pendingRevision) return documentToSnapshot(row);
  // Attachments follow the document (uploads are immediate), not the snapshot taken before them.
  return { ...readSnapshot(row.pendingRevision.snapshot), attachmentIds: row.attachments.map((a) => a.id) };
}

/** Loads the working copy of a document the `where` (already scoped to the viewer) matches. */
export async function loadWorkingCopy(tx: Tx, where: Prisma.DocumentWhereInput): Promise<WorkingCopyRow> {
  const row = await tx.document.findFirst({ where, select: workingCopySelect });
  if (!row) throw notFoundError();
  return row;
}

/**
 * Claims the next version for a save, refusing it when the document moved on since the
 * editor opened `expectedVersion`. The conditional update also locks the row, so concurrent
 * saves queue here and the second one is refused rather than overwriting the first.
 */
export async function claimNextVersion(tx: Tx, documentId: string, expectedVersion: number): Promise<number> {
  const { count } = await tx.document.updateMany({ where: { id: documentId, version: expectedVersion }, data: { version: { increment: 1 } } });
  if (count === 0) return 0;
  return expectedVersion + 1;
}

export interface RevisionInput {
  documentId: string;
  number: number;
  snapshot: DocumentSnapshot;
  authorId: string;
  restoredFrom?: number;
  message?: string;
}

export function recordRevision(tx: Tx, input: RevisionInput) {
  const { snapshot, ...rest } = input;
  return tx.revision.create({ data: { ...rest, snapshot: snapshotJson(snapshot) }, select: { id: true, number: true } });
}

/**
 * Writes a snapshot into the working copy. For a live document it becomes (or replaces) the
 * pending revision and the public row is left alone; otherwise the row itself changes.
 */
export async function applyToWorkingCopy(tx: Tx, row: WorkingCopyRow, snapshot: DocumentSnapshot, revisionId: string): Promise<void> {
  if (row.status === "PUBLISHED") {
    await tx.document.update({
      where: { id: row.id },
      data: { pendingRevisionId: revisionId, pendingState: row.pendingState === "IN_REVIEW" ? "IN_REVIEW" : "DRAFT" },
    });
    return;
  }
  await tx.document.update({ where: { id: row.id }, data: snapshotColumns(snapshot) });
  await writeSnapshotRelations(tx, row.id, snapshot);
}

/** Makes the working copy's attachments exactly the snapshot's (restoring a revision). */
export async function syncAttachments(tx: Tx, documentId: string, attachmentIds: string[]): Promise<void> {
  const now = new Date();
  await tx.attachment.updateMany({ where: { documentId, id: { in: attachmentIds }, removedAt: { not: null } }, data: { removedAt: null } });
  await tx.attachment.updateMany({ where: { documentId, id: { notIn: attachmentIds }, removedAt: null }, data: { removedAt: now } });
}
