import "server-only";
// The review workflow: submit, publish / request changes / reject, archive, unpublish. Each
// step checks the permission inside its query (documentsWhere), writes the state change,
// the review record and the notifications in one transaction, and sends email after commit.
import { db } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverNoticeEmails, notifyDecision, notifySubmission, notifyWithdrawal, type Notice } from "@/lib/notifications";
import type { DocumentAction } from "@/lib/policies/document-rules";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { snapshotColumns, writeSnapshotRelations } from "@/lib/revisions/snapshot";
import { enqueueSearchSync } from "@/lib/search/outbox";
import { kickSearchWorker } from "@/lib/search/worker";
import { submissionIssues, type DocumentInput, type ReviewInput } from "@/lib/validation/document";
import { documentsWhere } from "./document-access";
import { loadWorkingCopy, workingSnapshot, type WorkingCopyRow } from "./working-copy";

type Tx = Prisma.TransactionClient;

/** After a workflow step's commit: the search worker picks up the change, notices are emailed. */
export async function afterWorkflowCommit(notices: Notice[]): Promise<void> {
  kickSearchWorker();
  await deliverNoticeEmails(notices);
}

async function inTransaction(viewer: Viewer, documentId: string, action: DocumentAction, work: (tx: Tx, row: WorkingCopyRow, actorId: string) => Promise<Notice[]>) {
  if (viewer.kind !== "user") throw new AppError("NOT_FOUND");
  const notices = await db.$transaction(async (tx) => {
    const row = await loadWorkingCopy(tx, { AND: [documentsWhere(viewer, action), { id: documentId }] });
    const notices = await work(tx, row, viewer.id);
    await enqueueSearchSync(tx, [row.id]);
    return notices;
  });
  await afterWorkflowCommit(notices);
}

/** The version the reviewer saw must still be the newest: nobody publishes unseen edits. */
function assertVersion(row: WorkingCopyRow, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && row.version !== expectedVersion) throw new AppError("CONFLICT", "stale_edit");
}

/** What review needs (lib/validation/document.ts), as field errors naming each missing field. */
export function assertReadyForReview(doc: DocumentInput): void {
  const issues = submissionIssues(doc);
  if (Object.keys(issues).length > 0) throw new FieldError(issues, "incomplete_for_review");
}

async function submitRow(tx: Tx, row: WorkingCopyRow, actorId: string): Promise<Notice[]> {
  assertReadyForReview(workingSnapshot(row));
  const data: Prisma.DocumentUpdateInput = row.status === "PUBLISHED" ? { pendingState: "IN_REVIEW" } : { status: "IN_REVIEW" };
  await tx.document.update({ where: { id: row.id }, data: { ...data, submittedAt: new Date() } });
  return notifySubmission(tx, { documentId: row.id, actorId });
}

export async function submitDocument(viewer: Viewer, documentId: string, expectedVersion?: number): Promise<void> {
  await inTransaction(viewer, documentId, "submit", async (tx, row, actorId) => {
    assertVersion(row, expectedVersion);
    return submitRow(tx, row, actorId);
  });
}

/**
 * Submits, inside the caller's transaction, the document it has just written (create or save
 * and submit as one user action: a refusal or a failure here leaves nothing written). The
 * caller delivers the notices after its commit (afterWorkflowCommit).
 */
export async function submitWithin(tx: Tx, viewer: UserViewer, documentId: string): Promise<Notice[]> {
  const row = await loadWorkingCopy(tx, { AND: [documentsWhere(viewer, "submit"), { id: documentId }] });
  const notices = await submitRow(tx, row, viewer.id);
  await enqueueSearchSync(tx, [row.id]);
  return notices;
}

/** Attachments follow the published version: what the working copy holds becomes public. */
async function publishAttachments(tx: Tx, documentId: string) {
  await tx.attachment.updateMany({ where: { documentId, removedAt: null }, data: { live: true } });
  await tx.attachment.updateMany({ where: { documentId, removedAt: { not: null } }, data: { live: false } });
}

/** Pending edits replace the public version (the row), keeping the published address. */
async function applyPendingEdits(tx: Tx, row: WorkingCopyRow, data: Prisma.DocumentUncheckedUpdateInput = {}) {
  const snapshot = { ...workingSnapshot(row), slug: row.slug };
  await tx.document.update({ where: { id: row.id }, data: { ...snapshotColumns(snapshot), pendingState: "NONE", pendingRevisionId: null, ...data } });
  await writeSnapshotRelations(tx, row.id, snapshot);
}

async function publish(tx: Tx, row: WorkingCopyRow) {
  if (row.status === "PUBLISHED") await applyPendingEdits(tx, row, { submittedAt: null });
  else await tx.document.update({ where: { id: row.id }, data: { status: "PUBLISHED", publishedAt: row.publishedAt ?? new Date(), submittedAt: null } });
  await publishAttachments(tx, row.id);
}

async function requestChanges(tx: Tx, row: WorkingCopyRow) {
  const data: Prisma.DocumentUpdateInput = row.status === "PUBLISHED" ? { pendingState: "DRAFT" } : { status: "DRAFT" };
  await tx.document.update({ where: { id: row.id }, data: { ...data, submittedAt: null } });
}

/** Rejected edits of a live document leave the working copy as the public version is. */
async function reject(tx: Tx, row: WorkingCopyRow) {
  if (row.status !== "PUBLISHED") {
    await tx.document.update({ where: { id: row.id }, data: { status: "REJECTED", submittedAt: null } });
    return;
  }
  await tx.document.update({ where: { id: row.id }, data: { pendingState: "NONE", pendingRevisionId: null, submittedAt: null } });
  const now = new Date();
  await tx.attachment.updateMany({ where: { documentId: row.id, live: false, removedAt: null }, data: { removedAt: now } });
  await tx.attachment.updateMany({ where: { documentId: row.id, live: true }, data: { removedAt: null } });
}

const decisions = {
  publish: { apply: publish, review: "APPROVED", notice: "PUBLISHED" },
  request_changes: { apply: requestChanges, review: "CHANGES_REQUESTED", notice: "CHANGES_REQUESTED" },
  reject: { apply: reject, review: "REJECTED", notice: "REJECTED" },
} as const;

export async function decideReview(viewer: Viewer, documentId: string, input: ReviewInput): Promise<void> {
  const decision = decisions[input.decision];
  await inTransaction(viewer, documentId, input.decision === "publish" ? "publish" : "review", async (tx, row, actorId) => {
    assertVersion(row, input.version);
    await decision.apply(tx, row);
    await tx.review.create({ data: { documentId: row.id, reviewerId: actorId, decision: decision.review, comment: input.comment ?? "", revisionNumber: row.version } });
    return notifyDecision(tx, { documentId: row.id, actorId, kind: decision.notice, comment: input.comment ?? null });
  });
}

/** Archived: kept with its history, readable only by the people who manage it. */
export async function archiveDocument(viewer: Viewer, documentId: string, reason?: string): Promise<void> {
  await inTransaction(viewer, documentId, "archive", async (tx, row, actorId) => {
    await tx.document.update({ where: { id: row.id }, data: { status: "ARCHIVED", pendingState: "NONE", pendingRevisionId: null, submittedAt: null } });
    return notifyDecision(tx, { documentId: row.id, actorId, kind: "ARCHIVED", comment: reason ?? null });
  });
}

/** Back to a draft: the newest edits (pending ones included) become the draft to work on. */
export async function unpublishDocument(viewer: Viewer, documentId: string, reason?: string): Promise<void> {
  await inTransaction(viewer, documentId, "unpublish", async (tx, row, actorId) => {
    if (row.pendingRevision) await applyPendingEdits(tx, row);
    await tx.document.update({ where: { id: row.id }, data: { status: "DRAFT", pendingState: "NONE", pendingRevisionId: null, submittedAt: null } });
    await tx.attachment.updateMany({ where: { documentId: row.id }, data: { live: false } });
    return notifyDecision(tx, { documentId: row.id, actorId, kind: "UNPUBLISHED", comment: reason ?? null });
  });
}

/**
 * The author (or an organization admin, an admin) takes a submission back out of review: the
 * document, or its edits waiting on the live version, becomes a draft again and leaves the
 * queue. Recorded with the reviews (the document's history shows it) and told to the reviewers
 * who were waiting on it. `expectedVersion`: what the page showed, so nothing newer is pulled back unseen.
 */
export async function withdrawSubmission(viewer: Viewer, documentId: string, expectedVersion?: number): Promise<void> {
  await inTransaction(viewer, documentId, "withdraw", async (tx, row, actorId) => {
    assertVersion(row, expectedVersion);
    const data: Prisma.DocumentUpdateInput = row.status === "PUBLISHED" ? { pendingState: "DRAFT" } : { status: "DRAFT" };
    await tx.document.update({ where: { id: row.id }, data: { ...data, submittedAt: null } });
    await tx.review.create({ data: { documentId: row.id, reviewerId: actorId, decision: "WITHDRAWN", revisionNumber: row.version } });
    return notifyWithdrawal(tx, { documentId: row.id, actorId });
  });
}
