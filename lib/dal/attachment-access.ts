// Which attachments a viewer may download, as a query condition: those of the version they can
// read (the public version's files for a live document, the draft's otherwise), or any kept
// file of a document whose history they may see (its editors and reviewers). Built on the
// compiled access conditions, so a viewer allowed every document (an admin, a reviewer of all
// areas) gets no document condition at all rather than an empty one.
import type { Prisma } from "@/lib/generated/prisma/client";
import { accessCondition, type AccessCondition } from "@/lib/policies/access-condition";
import { all, any, renderTree, type Tree } from "@/lib/policies/condition";
import type { Viewer } from "@/lib/policies/viewer";
import { documentConditionWhere } from "./document-access";

/** The attachments that belong to the version a document's page shows. */
export const shownVersionAttachmentsWhere: Prisma.AttachmentWhereInput = {
  OR: [
    { live: true, document: { status: "PUBLISHED" } },
    { removedAt: null, document: { status: { not: "PUBLISHED" } } },
  ],
};

type AttachmentLeaf = { shownVersion: true } | { document: Exclude<AccessCondition, boolean> };

const onDocument = (condition: AccessCondition): Tree<AttachmentLeaf> => (typeof condition === "boolean" ? condition : { document: condition });

export function readableAttachmentsWhere(viewer: Viewer, now: Date = new Date()): Prisma.AttachmentWhereInput {
  const tree = any<AttachmentLeaf>([
    all<AttachmentLeaf>([{ shownVersion: true }, onDocument(accessCondition(viewer, "view", now))]),
    onDocument(accessCondition(viewer, "history", now)),
  ]);
  return renderTree<AttachmentLeaf, Prisma.AttachmentWhereInput>(tree, {
    leaf: (leaf) => ("shownVersion" in leaf ? shownVersionAttachmentsWhere : { document: documentConditionWhere(leaf.document) }),
    all: (AND) => ({ AND }),
    any: (OR) => ({ OR }),
    always: {},
    never: { id: { in: [] } },
  });
}
