import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { slugSchema } from "@/lib/validation/browse";
import { visitorCached } from "@/lib/cache/visitor-cache";
import { visibleDocumentsWhere } from "./document-access";
import { toDocumentCard, toDocumentDetail, documentCardSelect, documentDetailInclude } from "./document-mappers";
import type { DocumentCard, DocumentDetail } from "./document-mappers";
import type { Viewer } from "@/lib/policies/viewer";

export type { DocumentCard, DocumentDetail } from "./document-mappers";

export interface DocumentFilters {
  focusAreaId?: string;
  organizationId?: string;
  type?: DocumentType;
  year?: number;
  country?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

/** Viewer scope AND each filter that is set (an undefined value never widens the query). */
function listingWhere(viewer: Viewer, filters: DocumentFilters): Prisma.DocumentWhereInput {
  const conditions: Prisma.DocumentWhereInput[] = [visibleDocumentsWhere(viewer)];
  if (filters.focusAreaId) conditions.push({ focusAreas: { some: { focusAreaId: filters.focusAreaId } } });
  if (filters.organizationId) conditions.push({ organizationId: filters.organizationId });
  if (filters.type) conditions.push({ type: filters.type });
  if (filters.country) conditions.push({ countries: { has: filters.country } });
  if (filters.year) {
    conditions.push({
      publicationDate: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) },
    });
  }
  return { AND: conditions };
}

const newestFirst: Prisma.DocumentOrderByWithRelationInput[] = [
  { publicationDate: { sort: "desc", nulls: "last" } },
  { id: "asc" },
];

/** One page of the list; a page past the last one shows the last one (a hand-edited URL). */
export const listDocuments = visitorCached("listDocuments", async (
  viewer: Viewer,
  filters: DocumentFilters,
  paging: { page: number; pageSize: number },
): Promise<Page<DocumentCard>> => {
  const where = listingWhere(viewer, filters);
  const findPage = (page: number) =>
    db.document.findMany({ where, orderBy: newestFirst, skip: (page - 1) * paging.pageSize, take: paging.pageSize, select: documentCardSelect });
  const [total, rows] = await Promise.all([db.document.count({ where }), findPage(paging.page)]);
  const pageCount = Math.max(1, Math.ceil(total / paging.pageSize));
  const page = Math.min(paging.page, pageCount);
  return {
    items: (page === paging.page ? rows : await findPage(page)).map(toDocumentCard),
    total,
    page,
    pageCount,
  };
});

/** Counts per type for the other filters, so each type tab shows what choosing it gives. */
export const countDocumentsByType = visitorCached("countDocumentsByType", async (
  viewer: Viewer,
  filters: Omit<DocumentFilters, "type">,
): Promise<Record<DocumentType, number>> => {
  const groups = await db.document.groupBy({ by: ["type"], where: listingWhere(viewer, filters), _count: { _all: true } });
  const counts: Record<DocumentType, number> = { BEST_PRACTICE: 0, RESEARCH: 0, REPORT: 0 };
  for (const group of groups) counts[group.type] = group._count._all;
  return counts;
});

/** Years that have documents for these filters, newest first (for the year filter). */
export const listPublicationYears = visitorCached("listPublicationYears", async (viewer: Viewer, filters: DocumentFilters): Promise<number[]> => {
  const range = await db.document.aggregate({
    where: listingWhere(viewer, filters),
    _min: { publicationDate: true },
    _max: { publicationDate: true },
  });
  const min = range._min.publicationDate?.getUTCFullYear();
  const max = range._max.publicationDate?.getUTCFullYear();
  if (min === undefined || max === undefined) return [];
  return Array.from({ length: max - min + 1 }, (_, index) => max - index);
});

export const getLatestDocuments = visitorCached("getLatestDocuments", async (viewer: Viewer, limit: number): Promise<DocumentCard[]> => {
  const rows = await db.document.findMany({
    where: listingWhere(viewer, {}),
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: documentCardSelect,
  });
  return rows.map(toDocumentCard);
});

export const getFeaturedDocuments = visitorCached("getFeaturedDocuments", async (viewer: Viewer, limit: number): Promise<DocumentCard[]> => {
  const rows = await db.document.findMany({
    where: { AND: [listingWhere(viewer, {}), { featured: true }] },
    orderBy: newestFirst,
    take: limit,
    select: documentCardSelect,
  });
  return rows.map(toDocumentCard);
});

/**
 * A document the viewer may read; NOT_FOUND otherwise, so its existence is never confirmed.
 * Memoized per request: the page and its metadata both ask for it.
 */
export const getDocumentBySlug = cache(visitorCached("getDocumentBySlug", async (viewer: Viewer, slug: string): Promise<DocumentDetail> => {
  if (!slugSchema.safeParse(slug).success) throw notFoundError("Document not found");
  const row = await db.document.findFirst({
    where: { AND: [visibleDocumentsWhere(viewer), { slug }] },
    include: documentDetailInclude,
  });
  if (!row) throw notFoundError("Document not found");
  return toDocumentDetail(row);
}));
