// In-app notifications for the document workflow. Called inside the workflow's transaction, so a
// notice exists exactly when its event happened; the emails go out after the commit
// (deliverNoticeEmails), never from inside it.
import "server-only";
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { areaReviewerIds } from "./area-reviewers";
import type { DocumentNoticeKind } from "./kinds";

/** A Prisma transaction client; the plain client fits too. */
export type Tx = Prisma.TransactionClient;

export interface Notice {
  notificationId: string;
  userId: string;
  kind: DocumentNoticeKind;
  documentId: string;
  comment: string | null;
}

export type DecisionKind = Exclude<DocumentNoticeKind, "SUBMITTED" | "WITHDRAWN">;

// An empty or blank comment is no comment: the page and the email then show no label for it.
function normalizeComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim();
  return trimmed ? trimmed : null;
}

async function createNotices(tx: Tx, userIds: string[], kind: DocumentNoticeKind, documentId: string, comment: string | null): Promise<Notice[]> {
  if (userIds.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, kind, documentId, comment })),
    select: { id: true, userId: true },
  });
  return rows.map((row) => ({ notificationId: row.id, userId: row.userId, kind, documentId, comment }));
}

/**
 * To the reviewers of the document's focus areas: active, verified REVIEWER accounts with one
 * of its areas, or with none (they review every area), except the person who submitted it.
 */
export async function notifySubmission(tx: Tx, input: { documentId: string; actorId: string }): Promise<Notice[]> {
  return createNotices(tx, await areaReviewerIds(tx, input), "SUBMITTED", input.documentId, null);
}

/**
 * A submission taken back out of review: to the reviewers it was waiting for (the same people
 * notifySubmission told), and to its contributor when someone else (an organization admin, an
 * admin) withdrew it.
 */
export async function notifyWithdrawal(tx: Tx, input: { documentId: string; actorId: string }): Promise<Notice[]> {
  const [reviewerIds, document] = await Promise.all([
    areaReviewerIds(tx, input),
    tx.document.findUnique({ where: { id: input.documentId }, select: { contributorId: true } }),
  ]);
  const contributor = document?.contributorId;
  const recipients = contributor && contributor !== input.actorId && !reviewerIds.includes(contributor) ? [...reviewerIds, contributor] : reviewerIds;
  return createNotices(tx, recipients, "WITHDRAWN", input.documentId, null);
}


/**
 * To the document's contributor on a reviewer's or admin's decision, with the comments or
 * reason when there are any, or on a member's new feedback, with their comment. Nobody is told about their own action, and a document whose
 * contributor account was deleted has no one to tell.
 */
export async function notifyDecision(
  tx: Tx,
  input: { documentId: string; actorId: string; kind: DecisionKind; comment?: string | null },
): Promise<Notice[]> {
  // The type already excludes them; this guards callers that pass a widened value.
  const kind = input.kind as NotificationKind;
  if (kind === "SUBMITTED" || kind === "WITHDRAWN") throw new Error(`notifyDecision: use notifySubmission or notifyWithdrawal for ${kind}`);
  const document = await tx.document.findUnique({ where: { id: input.documentId }, select: { contributorId: true } });
  if (!document) throw notFoundError("Document not found");
  const recipient = document.contributorId;
  if (!recipient || recipient === input.actorId) return [];
  return createNotices(tx, [recipient], input.kind, input.documentId, normalizeComment(input.comment));
}
