import "server-only";
// The workflow panel on a document's page: its state and the actions this viewer may take.
// Only for the people who work on the document (the "history" rule); readers get null.
import { cache } from "react";
import { db } from "@/lib/db";
import type { DocumentStatus, PendingState } from "@/lib/generated/prisma/enums";
import { allowedActions } from "@/lib/policies/can";
import type { DocumentAction } from "@/lib/policies/document-rules";
import type { Viewer } from "@/lib/policies/viewer";
import { accessFieldsSelect, documentsWhere, matchesNothing, toAccessFields } from "./document-access";

export interface DocumentControls {
  id: string;
  status: DocumentStatus;
  pendingState: PendingState;
  version: number;
  submittedAt: Date | null;
  actions: DocumentAction[];
  lastReview: { decision: string; comment: string; createdAt: Date } | null;
  /** For edits waiting on a live document: the public revision, to compare the edits with. */
  liveRevision: number | null;
}

export const getDocumentControls = cache(async (viewer: Viewer, slug: string): Promise<DocumentControls | null> => {
  const people = documentsWhere(viewer, "history");
  // Most readers (all visitors) are nobody's people: spare the most read page a query.
  if (matchesNothing(people)) return null;
  const row = await db.document.findFirst({
    where: { AND: [people, { slug }] },
    select: {
      ...accessFieldsSelect, id: true, version: true, submittedAt: true,
      reviews: { where: { decision: { not: "WITHDRAWN" } }, orderBy: { createdAt: "desc" }, take: 1, select: { decision: true, comment: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const actions = allowedActions(viewer, toAccessFields(row));
  const approval = row.status === "PUBLISHED" && row.pendingState !== "NONE"
    ? await db.review.findFirst({ where: { documentId: row.id, decision: "APPROVED" }, orderBy: { createdAt: "desc" }, select: { revisionNumber: true } })
    : null;
  return {
    id: row.id, status: row.status, pendingState: row.pendingState, version: row.version, submittedAt: row.submittedAt,
    actions, lastReview: row.reviews[0] ?? null, liveRevision: approval?.revisionNumber ?? null,
  };
});
