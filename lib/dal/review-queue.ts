import "server-only";
// The reviewer's queue: work waiting for a decision that this viewer may review (the review
// rule already limits reviewers to their focus areas and excludes their own work), oldest
// first. Also the contributor's own documents with where each stands.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentStatus, DocumentType, PendingState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policies/viewer";
import { documentsWhere } from "./document-access";
import type { Page } from "./documents";

export interface WorkItem {
  id: string;
  slug: string;
  title: string;
  type: DocumentType;
  status: DocumentStatus;
  pendingState: PendingState;
  language: string;
  submittedAt: Date | null;
  updatedAt: Date;
  contributorName: string | null;
  organizationName: string | null;
  focusAreas: { slug: string; nameEn: string; nameEs: string }[];
}

const workItemSelect = {
  id: true, slug: true, title: true, type: true, status: true, pendingState: true, language: true, submittedAt: true, updatedAt: true,
  contributor: { select: { name: true, email: true } },
  organization: { select: { name: true } },
  focusAreas: { orderBy: { position: "asc" }, select: { focusArea: { select: { slug: true, nameEn: true, nameEs: true } } } },
} satisfies Prisma.DocumentSelect;

type Row = Prisma.DocumentGetPayload<{ select: typeof workItemSelect }>;

const toWorkItem = ({ contributor, organization, focusAreas, ...row }: Row): WorkItem => ({
  ...row,
  contributorName: contributor?.name ?? contributor?.email ?? null,
  organizationName: organization?.name ?? null,
  focusAreas: focusAreas.map((f) => f.focusArea),
});

export interface QueueFilters {
  type?: DocumentType;
  focusAreaSlug?: string;
}

const PAGE_SIZE = 20;

async function pageOf(where: Prisma.DocumentWhereInput, orderBy: Prisma.DocumentOrderByWithRelationInput[], page: number): Promise<Page<WorkItem>> {
  const [total, rows] = await Promise.all([
    db.document.count({ where }),
    db.document.findMany({ where, orderBy, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: workItemSelect }),
  ]);
  return { items: rows.map(toWorkItem), total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function listReviewQueue(viewer: Viewer, filters: QueueFilters, page: number): Promise<Page<WorkItem>> {
  const conditions: Prisma.DocumentWhereInput[] = [
    documentsWhere(viewer, "review"),
    { OR: [{ status: "IN_REVIEW" }, { status: "PUBLISHED", pendingState: "IN_REVIEW" }] },
  ];
  if (filters.type) conditions.push({ type: filters.type });
  if (filters.focusAreaSlug) conditions.push({ focusAreas: { some: { focusArea: { slug: filters.focusAreaSlug } } } });
  return pageOf({ AND: conditions }, [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }], page);
}

/** The viewer's own documents, most recently changed first. */
export async function listMyDocuments(viewer: Viewer, page: number): Promise<Page<WorkItem>> {
  if (viewer.kind !== "user") return { items: [], total: 0, page: 1, pageCount: 1 };
  return pageOf({ contributorId: viewer.id }, [{ updatedAt: "desc" }, { id: "asc" }], page);
}
