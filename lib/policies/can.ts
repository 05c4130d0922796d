// The pure form of the access rules: can this viewer do this to this document? It evaluates
// the same compiled condition the data layer turns into queries (access-condition.ts).
import type { DocumentStatus, PendingState, Visibility } from "@/lib/generated/prisma/enums";
import { accessCondition, type DocumentLeaf } from "./access-condition";
import { evaluateTree } from "./condition";
import { documentActions, type DocumentAction } from "./document-rules";
import type { Viewer } from "./viewer";

/** The fields of a document that the rules look at. */
export interface DocumentAccessFields {
  status: DocumentStatus;
  visibility: Visibility;
  pendingState: PendingState;
  embargoUntil: Date | null;
  organizationId: string | null;
  contributorId: string | null;
  focusAreaIds: string[];
}

function leafHolds(leaf: DocumentLeaf, doc: DocumentAccessFields): boolean {
  if (leaf.field === "embargoUntil") {
    if ("isNull" in leaf) return doc.embargoUntil === null;
    if (doc.embargoUntil === null) return false;
    return "after" in leaf ? doc.embargoUntil > leaf.after : doc.embargoUntil <= leaf.notAfter;
  }
  if ("notIn" in leaf) return doc[leaf.field] === null || !leaf.notIn.includes(doc[leaf.field]!);
  const values: readonly string[] = leaf.in;
  if (leaf.field === "focusAreaIds") return doc.focusAreaIds.some((id) => values.includes(id));
  const value = doc[leaf.field];
  return value !== null && values.includes(value);
}

export function can(viewer: Viewer, action: DocumentAction, doc: DocumentAccessFields, now: Date = new Date()): boolean {
  return evaluateTree(accessCondition(viewer, action, now), (leaf) => leafHolds(leaf, doc));
}

/** Every action the viewer may take on the document (for showing the right buttons). */
export function allowedActions(viewer: Viewer, doc: DocumentAccessFields, now: Date = new Date()): DocumentAction[] {
  return documentActions.filter((action) => can(viewer, action, doc, now));
}
