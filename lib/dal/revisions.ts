import "server-only";
// A document's history: its revisions, the review decisions, and two snapshots to compare.
// Readable by the people the "history" rule names (author, organization admins, reviewers of
// its areas, admins); everyone else gets NOT_FOUND.
import { cache } from "react";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { DocumentStatus, PendingState, ReviewDecision } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policies/viewer";
import { readSnapshot, type DocumentSnapshot } from "@/lib/revisions/snapshot";
import { slugSchema } from "@/lib/validation/browse";
import { documentsWhere } from "./document-access";

export interface RevisionEntry {
  number: number;
  createdAt: Date;
  authorName: string | null;
  restoredFrom: number | null;
  /** The revision the public currently reads. */
  live: boolean;
}

export interface ReviewEntry {
  decision: ReviewDecision;
  comment: string;
  reviewerName: string | null;
  revisionNumber: number | null;
  createdAt: Date;
}

export interface DocumentHistory {
  document: { id: string; slug: string; title: string; status: DocumentStatus; pendingState: PendingState; version: number };
  revisions: RevisionEntry[];
  reviews: ReviewEntry[];
}

// Per request: the history page asks for the history and for a comparison of the same document.
const findHistoryDocument = cache(async (viewer: Viewer, slug: string) => {
  if (!slugSchema.safeParse(slug).success) throw notFoundError();
  const doc = await db.document.findFirst({
    where: { AND: [documentsWhere(viewer, "history"), { slug }] },
    select: { id: true, slug: true, title: true, status: true, pendingState: true, version: true },
  });
  if (!doc) throw notFoundError();
  return doc;
});

/** Where a document's history is and its newest version (to compare after a refused save). */
export async function findEditedDocument(viewer: Viewer, documentId: string): Promise<{ slug: string; version: number } | null> {
  return db.document.findFirst({ where: { AND: [documentsWhere(viewer, "history"), { id: documentId }] }, select: { slug: true, version: true } });
}

/** The newest approved revision, while the document is live. */
function liveRevision(status: DocumentStatus, reviews: ReviewEntry[]): number | null {
  if (status !== "PUBLISHED") return null;
  return reviews.find((r) => r.decision === "APPROVED" && r.revisionNumber !== null)?.revisionNumber ?? null;
}

export async function getDocumentHistory(viewer: Viewer, slug: string): Promise<DocumentHistory> {
  const document = await findHistoryDocument(viewer, slug);
  const [revisions, reviewRows] = await Promise.all([
    db.revision.findMany({
      where: { documentId: document.id },
      orderBy: { number: "desc" },
      select: { number: true, createdAt: true, restoredFrom: true, author: { select: { name: true, email: true } } },
    }),
    db.review.findMany({
      where: { documentId: document.id },
      orderBy: { createdAt: "desc" },
      select: { decision: true, comment: true, revisionNumber: true, createdAt: true, reviewer: { select: { name: true, email: true } } },
    }),
  ]);
  const reviews = reviewRows.map(({ reviewer, ...r }) => ({ ...r, reviewerName: reviewer?.name ?? reviewer?.email ?? null }));
  const live = liveRevision(document.status, reviews);
  return {
    document,
    revisions: revisions.map(({ author, ...r }) => ({ ...r, authorName: author?.name ?? author?.email ?? null, live: r.number === live })),
    reviews,
  };
}

export interface RevisionComparison {
  document: DocumentHistory["document"];
  from: number;
  to: number;
  before: DocumentSnapshot;
  after: DocumentSnapshot;
  lookups: { focusAreas: Record<string, string>; organizations: Record<string, string>; attachments: Record<string, string> };
}

export async function compareRevisions(viewer: Viewer, slug: string, from: number, to: number, locale: "en" | "es"): Promise<RevisionComparison> {
  const document = await findHistoryDocument(viewer, slug);
  const rows = await db.revision.findMany({ where: { documentId: document.id, number: { in: [from, to] } }, select: { number: true, snapshot: true } });
  const find = (n: number) => rows.find((r) => r.number === n);
  const [a, b] = [find(from), find(to)];
  if (!a || !b) throw notFoundError();
  const before = readSnapshot(a.snapshot);
  const after = readSnapshot(b.snapshot);
  const ids = (pick: (s: DocumentSnapshot) => string[]) => [...new Set([...pick(before), ...pick(after)])];
  const [areas, orgs, files] = await Promise.all([
    db.focusArea.findMany({ where: { id: { in: ids((s) => s.focusAreaIds) } }, select: { id: true, nameEn: true, nameEs: true } }),
    db.organization.findMany({ where: { id: { in: ids((s) => (s.organizationId ? [s.organizationId] : [])) } }, select: { id: true, name: true } }),
    db.attachment.findMany({ where: { documentId: document.id, id: { in: ids((s) => s.attachmentIds) } }, select: { id: true, fileName: true } }),
  ]);
  return {
    document, from, to, before, after,
    lookups: {
      focusAreas: Object.fromEntries(areas.map((a) => [a.id, locale === "es" ? a.nameEs : a.nameEn])),
      organizations: Object.fromEntries(orgs.map((o) => [o.id, o.name])),
      attachments: Object.fromEntries(files.map((f) => [f.id, f.fileName])),
    },
  };
}
