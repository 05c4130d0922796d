// An independent statement of what an anonymous visitor may read in the seed data, used as
// the oracle for data-layer and browser tests (deliberately not the data layer's own code).
import { documents } from "../../prisma/seed/data";
import type { SeedDocument } from "../../prisma/seed/types";

export function isPubliclyVisible(doc: SeedDocument, now = new Date()): boolean {
  const published = (doc.status ?? "PUBLISHED") === "PUBLISHED";
  const isPublic = (doc.visibility ?? "PUBLIC") === "PUBLIC";
  const embargoOver = !doc.embargoUntil || new Date(`${doc.embargoUntil}T00:00:00Z`) <= now;
  return published && isPublic && embargoOver;
}

export const publicDocuments = () => documents.filter((doc) => isPubliclyVisible(doc));
export const hiddenDocuments = () => documents.filter((doc) => !isPubliclyVisible(doc));

export function publicCountFor(filter: (doc: SeedDocument) => boolean): number {
  return publicDocuments().filter(filter).length;
}
