import "server-only";
// Reading stakeholder feedback. Whoever may read a document may read its ratings and comments,
// and nobody else learns they exist: every query carries the document's access condition.
// A hidden comment is shown to its writer and to the document's moderators only, which the
// query decides too (the moderation rule is part of its condition). An average is shown from
// MIN_RATINGS ratings on, so that no single rater's score can be read off it.
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/policies/can";
import type { Viewer } from "@/lib/policies/viewer";
import { accessFieldsSelect, documentsWhere, toAccessFields, visibleDocumentsWhere } from "./document-access";

/** Ratings needed before an average is shown. */
export const MIN_RATINGS = 3;
/** Comments a document page lists (newest first); the count says how many there are. */
export const COMMENTS_SHOWN = 50;

const commentSelect = (viewerId: string | null) =>
  ({
    id: true,
    rating: true,
    comment: true,
    createdAt: true,
    updatedAt: true,
    hiddenAt: true,
    hiddenReason: true,
    userId: true,
    user: { select: { name: true, memberships: { select: { organization: { select: { name: true } } }, orderBy: { createdAt: "asc" }, take: 2 } } },
    _count: { select: { reports: true } },
    // Whether this viewer has reported it already (none for a visitor).
    reports: { where: { userId: viewerId ?? "" }, select: { id: true } },
  }) satisfies Prisma.FeedbackSelect;

type CommentRow = Prisma.FeedbackGetPayload<{ select: ReturnType<typeof commentSelect> }>;

export interface FeedbackComment {
  id: string;
  rating: number;
  comment: string;
  createdAt: Date;
  edited: boolean;
  author: { name: string | null; organizations: string[] } | null;
  own: boolean;
  hidden: { reason: string | null } | null;
  /** Reports received: for moderators only (null for everyone else). */
  reports: number | null;
  reportedByViewer: boolean;
}

export interface RatingSummary {
  count: number;
  /** Null below MIN_RATINGS ratings. */
  average: number | null;
}

export interface DocumentFeedback {
  summary: RatingSummary;
  comments: FeedbackComment[];
  commentCount: number;
  own: { rating: number; comment: string | null; hidden: boolean } | null;
  canGive: boolean;
  /** Why a viewer who may not give feedback may not (null when they may, or for no reason worth telling). */
  cannotGive: ReturnType<typeof cannotGiveReason>;
  canModerate: boolean;
  /** The viewer is signed in and may report comments. */
  canReport: boolean;
}

export const summarize = (count: number, average: number | null): RatingSummary => ({
  count,
  average: count >= MIN_RATINGS && average !== null ? Math.round(average * 10) / 10 : null,
});

/** Comments this viewer may see on a readable document: visible ones, their own, and all to its moderators. */
function commentsWhere(viewer: Viewer, documentId: string, now: Date): Prisma.FeedbackWhereInput {
  const seen: Prisma.FeedbackWhereInput[] = [{ hiddenAt: null }, { document: documentsWhere(viewer, "moderate", now) }];
  if (viewer.kind === "user") seen.push({ userId: viewer.id });
  return { AND: [{ documentId, comment: { not: null }, document: visibleDocumentsWhere(viewer, now) }, { OR: seen }] };
}

function toComment(row: CommentRow, viewer: Viewer, moderator: boolean): FeedbackComment {
  return {
    id: row.id,
    rating: row.rating,
    comment: row.comment ?? "",
    createdAt: row.createdAt,
    edited: row.updatedAt.getTime() - row.createdAt.getTime() > 1000,
    author: row.user ? { name: row.user.name, organizations: row.user.memberships.map((m) => m.organization.name) } : null,
    own: viewer.kind === "user" && row.userId === viewer.id,
    hidden: row.hiddenAt ? { reason: row.hiddenReason } : null,
    reports: moderator ? row._count.reports : null,
    reportedByViewer: row.reports.length > 0,
  };
}

/**
 * Why a viewer may not give feedback on a published document they may read, as far as it is
 * worth telling them (the page says it, the data layer refuses with it); null otherwise.
 */
export function cannotGiveReason(viewer: Viewer, contributorId: string | null): "sign_in" | "own_document" | "unverified" | null {
  if (viewer.kind !== "user") return "sign_in";
  if (viewer.id === contributorId) return "own_document";
  return viewer.verified ? null : "unverified";
}

/** The feedback on a document the viewer may read; NOT_FOUND otherwise. */
export async function getDocumentFeedback(viewer: Viewer, documentId: string, now: Date = new Date()): Promise<DocumentFeedback> {
  const readable = { AND: [{ id: documentId }, visibleDocumentsWhere(viewer, now)] };
  const document = await db.document.findFirst({ where: readable, select: accessFieldsSelect });
  if (!document) throw notFoundError();
  const fields = toAccessFields(document);
  const canModerate = can(viewer, "moderate", fields, now);
  const canGive = can(viewer, "feedback", fields, now);
  const viewerId = viewer.kind === "user" ? viewer.id : null;
  const where = commentsWhere(viewer, documentId, now);
  const [ratings, rows, commentCount, own] = await Promise.all([
    db.feedback.aggregate({ where: { documentId, document: visibleDocumentsWhere(viewer, now) }, _count: { _all: true }, _avg: { rating: true } }),
    db.feedback.findMany({ where, select: commentSelect(viewerId), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: COMMENTS_SHOWN }),
    db.feedback.count({ where }),
    viewerId ? db.feedback.findFirst({ where: { documentId, userId: viewerId, document: visibleDocumentsWhere(viewer, now) } }) : null,
  ]);
  return {
    summary: summarize(ratings._count._all, ratings._avg.rating),
    comments: rows.map((row) => toComment(row, viewer, canModerate)),
    commentCount,
    own: own ? { rating: own.rating, comment: own.comment, hidden: own.hiddenAt !== null } : null,
    canGive,
    cannotGive: canGive ? null : cannotGiveReason(viewer, document.contributorId),
    canModerate,
    canReport: viewer.kind === "user" && viewer.verified,
  };
}

/** Ratings of the readable documents of a focus area, added up. */
export async function focusAreaRating(viewer: Viewer, focusAreaId: string, now: Date = new Date()): Promise<RatingSummary> {
  const ratings = await db.feedback.aggregate({
    where: { document: { AND: [visibleDocumentsWhere(viewer, now), { status: "PUBLISHED" }, { focusAreas: { some: { focusAreaId } } }] } },
    _count: { _all: true },
    _avg: { rating: true },
  });
  return summarize(ratings._count._all, ratings._avg.rating);
}
