// Which attachments a viewer may download, as a query condition: those of the version they can
// read (the public version's files for a live document, the draft's otherwise), or any kept
// file of a document whose history they may see (its editors and reviewers).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/policies/viewer";
import { documentsWhere, visibleDocumentsWhere } from "./document-access";

/** The attachments that belong to the version a document's page shows. */
export const shownVersionAttachmentsWhere: Prisma.AttachmentWhereInput = {
  OR: [
    { live: true, document: { status: "PUBLISHED" } },
    { removedAt: null, document: { status: { not: "PUBLISHED" } } },
  ],
};

export function readableAttachmentsWhere(viewer: Viewer, now: Date = new Date()): Prisma.AttachmentWhereInput {
  return {
    OR: [
      { AND: [shownVersionAttachmentsWhere, { document: visibleDocumentsWhere(viewer, now) }] },
      { document: documentsWhere(viewer, "history", now) },
    ],
  };
}
