import "server-only";
// Giving and moderating feedback, one transaction per action. Each write names who may make it
// inside its own statement (the document's "feedback" or "moderate" condition), so a comment
// on a document the viewer may not read, or not moderate, is NOT_FOUND: its existence is not
// confirmed. The author's notice is written in the same transaction; its email goes after.
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverNoticeEmails, notifyDecision, type Notice } from "@/lib/notifications";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { hitLimit, type Limit } from "@/lib/security/rate-limit";
import type { FeedbackInput } from "@/lib/validation/feedback";
import { documentsWhere, visibleDocumentsWhere } from "./document-access";
import { cannotGiveReason } from "./feedback";
import { requireUser } from "./guards";

/** Ratings and comments saved per member per hour, edits included. */
export const FEEDBACK_LIMIT: Limit = { max: 30, windowMs: 60 * 60 * 1000 };
/** Reports per member per day. */
export const REPORT_LIMIT: Limit = { max: 20, windowMs: 24 * 60 * 60 * 1000 };

const refusals = { sign_in: "sign_in_required", own_document: "feedback_own_document", unverified: "email_unverified" } as const;

/** Why a member who may read the document may not rate it (NOT_FOUND when they may not read it). */
async function refusal(user: UserViewer, documentId: string): Promise<AppError> {
  const readable = await db.document.findFirst({ where: { AND: [{ id: documentId }, visibleDocumentsWhere(user)] }, select: { contributorId: true, status: true } });
  const reason = readable?.status === "PUBLISHED" ? cannotGiveReason(user, readable.contributorId) : null;
  return reason ? new AppError("FORBIDDEN", refusals[reason]) : notFoundError();
}

/**
 * Rates a document and sets (or clears) the comment: creates the member's feedback, or
 * replaces it. A comment a moderator hid stays hidden when edited. The contributor hears of
 * new feedback, not of edits.
 */
export async function saveFeedback(viewer: Viewer, input: FeedbackInput): Promise<{ created: boolean }> {
  const user = requireUser(viewer);
  if ((await hitLimit(db, `feedback:${user.id}`, FEEDBACK_LIMIT)).exceeded) throw new AppError("RATE_LIMITED", "feedback_limit");
  // Two saves of a first rating at once: the loser's insert meets the unique key, and saving
  // again updates the winner's row instead of answering 500.
  try {
    return await saveOnce(user, input);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return saveOnce(user, input);
  }
}

async function saveOnce(user: UserViewer, input: FeedbackInput): Promise<{ created: boolean }> {
  const comment = input.comment ?? null;
  const { created, notices } = await db.$transaction(async (tx) => {
    const document = await tx.document.findFirst({ where: { AND: [{ id: input.documentId }, documentsWhere(user, "feedback")] }, select: { id: true } });
    if (!document) throw await refusal(user, input.documentId);
    const key = { documentId_userId: { documentId: document.id, userId: user.id } };
    const existing = await tx.feedback.findUnique({ where: key, select: { id: true } });
    await tx.feedback.upsert({ where: key, create: { documentId: document.id, userId: user.id, rating: input.rating, comment }, update: { rating: input.rating, comment } });
    const notices: Notice[] = existing ? [] : await notifyDecision(tx, { documentId: document.id, actorId: user.id, kind: "FEEDBACK", comment });
    return { created: !existing, notices };
  });
  await deliverNoticeEmails(notices);
  return { created };
}

async function moderate(viewer: Viewer, feedbackId: string, data: Prisma.FeedbackUpdateManyMutationInput & { hiddenById?: string | null }): Promise<void> {
  const user = requireUser(viewer);
  const { count } = await db.feedback.updateMany({
    // "moderate" is granted only on documents the viewer may read (narrowingView).
    where: { id: feedbackId, comment: { not: null }, document: documentsWhere(user, "moderate") },
    data,
  });
  if (count === 0) throw notFoundError();
}

/** A moderator hides a comment from readers, saying why; its rating still counts. */
export async function hideFeedback(viewer: Viewer, feedbackId: string, reason: string): Promise<void> {
  await moderate(viewer, feedbackId, { hiddenAt: new Date(), hiddenById: viewer.kind === "user" ? viewer.id : null, hiddenReason: reason });
}

/** A moderator shows a hidden comment again. */
export async function showFeedback(viewer: Viewer, feedbackId: string): Promise<void> {
  await moderate(viewer, feedbackId, { hiddenAt: null, hiddenById: null, hiddenReason: null });
}

/** A member reports a comment they can see (not their own) to the document's moderators, once. */
export async function reportFeedback(viewer: Viewer, feedbackId: string, reason: string | undefined): Promise<void> {
  const user = requireUser(viewer);
  if (!user.verified) throw new AppError("FORBIDDEN", "email_unverified");
  if ((await hitLimit(db, `feedback-report:${user.id}`, REPORT_LIMIT)).exceeded) throw new AppError("RATE_LIMITED", "feedback_limit");
  await db.$transaction(async (tx) => {
    const feedback = await tx.feedback.findFirst({
      // NULL-safe: a comment whose writer's account is gone can be reported too.
      where: { id: feedbackId, hiddenAt: null, comment: { not: null }, document: visibleDocumentsWhere(user), OR: [{ userId: null }, { userId: { not: user.id } }] },
      select: { id: true },
    });
    if (!feedback) throw notFoundError();
    try {
      await tx.feedbackReport.create({ data: { feedbackId: feedback.id, userId: user.id, reason: reason ?? null } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", "feedback_already_reported");
      throw error;
    }
  });
}
