// The access rules, compiled once into a condition tree (lib/policies/access-condition.ts),
// rendered as a Prisma condition, so that every read of documents (pages, lists, counts) asks
// the database only for what the viewer may see: nothing is filtered after loading. Embargoes
// are compared at query time, so they lift without any job.
import type { Prisma } from "@/lib/generated/prisma/client";
import { accessCondition, type AccessCondition, type DocumentLeaf } from "@/lib/policies/access-condition";
import { renderTree } from "@/lib/policies/condition";
import type { DocumentAction } from "@/lib/policies/document-rules";
import type { Viewer } from "@/lib/policies/viewer";

const NOTHING: Prisma.DocumentWhereInput = { id: { in: [] } };
const EVERYTHING: Prisma.DocumentWhereInput = {};

/** True when the condition can match no document (no rule grants the viewer anything). */
export const matchesNothing = (where: Prisma.DocumentWhereInput): boolean => where === NOTHING;

function leafWhere(leaf: DocumentLeaf): Prisma.DocumentWhereInput {
  switch (leaf.field) {
    case "embargoUntil":
      if ("isNull" in leaf) return { embargoUntil: null };
      return "after" in leaf ? { embargoUntil: { gt: leaf.after } } : { embargoUntil: { lte: leaf.notAfter } };
    case "focusAreaIds":
      return { focusAreas: { some: { focusAreaId: { in: [...leaf.in] } } } };
    case "contributorId":
      // NULL-safe: SQL's NOT IN is never true for a document without a contributor.
      if ("notIn" in leaf) return { OR: [{ contributorId: null }, { contributorId: { notIn: [...leaf.notIn] } }] };
      return { contributorId: { in: [...leaf.in] } };
    default:
      return { [leaf.field]: { in: [...leaf.in] } };
  }
}

/** A compiled condition as a Prisma condition on documents. */
export function documentConditionWhere(condition: AccessCondition): Prisma.DocumentWhereInput {
  return renderTree(condition, { leaf: leafWhere, all: (AND) => ({ AND }), any: (OR) => ({ OR }), always: EVERYTHING, never: NOTHING });
}

/** The documents on which the viewer may take `action`, as a query condition. */
export function documentsWhere(viewer: Viewer, action: DocumentAction, now: Date = new Date()): Prisma.DocumentWhereInput {
  return documentConditionWhere(accessCondition(viewer, action, now));
}

/** The documents a viewer may read. */
export function visibleDocumentsWhere(viewer: Viewer, now: Date = new Date()): Prisma.DocumentWhereInput {
  return documentsWhere(viewer, "view", now);
}

/** What the rules read of a document (can()'s fields), to select where an action's buttons are decided. */
export const accessFieldsSelect = {
  status: true, visibility: true, pendingState: true, embargoUntil: true, organizationId: true, contributorId: true,
  focusAreas: { select: { focusAreaId: true } },
} satisfies Prisma.DocumentSelect;

/** A row loaded with accessFieldsSelect, as can() takes it. */
export const toAccessFields = <R extends { focusAreas: { focusAreaId: string }[] }>(row: R) => ({ ...row, focusAreaIds: row.focusAreas.map((f) => f.focusAreaId) });
