import { documents } from "../../prisma/seed/data";
import type { SeedDocument } from "../../prisma/seed/types";

function pick(description: string, predicate: (doc: SeedDocument) => boolean): SeedDocument {
  const doc = documents.find(predicate);
  if (!doc) throw new Error(`the seed has no ${description}`);
  return doc;
}

const published = (doc: SeedDocument) => (doc.status ?? "PUBLISHED") === "PUBLISHED" && !doc.embargoUntil;

export const membersOnlyDocument = pick("members-only document", (d) => published(d) && d.visibility === "MEMBERS");
export const orgADocument = pick("document restricted to org A", (d) => published(d) && d.visibility === "ORGANIZATION" && d.organization === "fundacion-tejido-territorial");
export const inReviewDocument = pick("document in review", (d) => d.status === "IN_REVIEW");
export const contributorDraft = pick("draft by contributor@", (d) => d.status === "DRAFT" && d.contributor === "contributor@puente.test");
