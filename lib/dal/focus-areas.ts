import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { slugSchema } from "@/lib/validation/browse";
import { visitorCached } from "@/lib/cache/visitor-cache";
import { visibleDocumentsWhere } from "./document-access";
import type { Viewer } from "@/lib/policies/viewer";

export interface FocusAreaSummary {
  id: string;
  slug: string;
  nameEn: string;
  nameEs: string;
  descriptionEn: string;
  descriptionEs: string;
  /** Documents in this area the viewer may read. */
  documentCount: number;
}

const summarySelect = (viewer: Viewer) =>
  ({
    id: true,
    slug: true,
    nameEn: true,
    nameEs: true,
    descriptionEn: true,
    descriptionEs: true,
    _count: { select: { documents: { where: { document: visibleDocumentsWhere(viewer) } } } },
  }) as const;

type SummaryRow = {
  id: string;
  slug: string;
  nameEn: string;
  nameEs: string;
  descriptionEn: string;
  descriptionEs: string;
  _count: { documents: number };
};

function toSummary({ _count, ...area }: SummaryRow): FocusAreaSummary {
  return { ...area, documentCount: _count.documents };
}

export const listFocusAreas = visitorCached("listFocusAreas", async (viewer: Viewer): Promise<FocusAreaSummary[]> => {
  const rows = await db.focusArea.findMany({
    orderBy: [{ displayOrder: "asc" }, { slug: "asc" }],
    select: summarySelect(viewer),
  });
  return rows.map(toSummary);
});

/** Memoized per request: the page and its metadata both ask for it. */
export const getFocusAreaBySlug = cache(visitorCached("getFocusAreaBySlug", async (viewer: Viewer, slug: string): Promise<FocusAreaSummary> => {
  if (!slugSchema.safeParse(slug).success) throw notFoundError("Focus area not found");
  const row = await db.focusArea.findUnique({ where: { slug }, select: summarySelect(viewer) });
  if (!row) throw notFoundError("Focus area not found");
  return toSummary(row);
}));

export interface FocusAreaName {
  id: string;
  slug: string;
  nameEn: string;
  nameEs: string;
}

/** Every focus area's names, for labels and pickers (public, and cheaper than the counted list). */
export const listFocusAreaNames = cache(async (): Promise<FocusAreaName[]> =>
  db.focusArea.findMany({ orderBy: [{ displayOrder: "asc" }, { slug: "asc" }], select: { id: true, slug: true, nameEn: true, nameEs: true } }),
);
