// The one compiler of the access rules (document-rules.ts): for a viewer and an action it
// turns the rule table into a condition tree over a document's fields. Everything the viewer
// is (role, organizations, areas) is decided here, so the tree mentions only the document.
// can() evaluates the tree (can.ts), the data layer renders it as a Prisma condition
// (lib/dal/document-access.ts) and search as its filter (lib/search/access-filter.ts).
import type { DocumentStatus, PendingState, Visibility } from "@/lib/generated/prisma/enums";
import { all, any, type Tree } from "./condition";
import { contributingRoles, documentRules, narrowingView, type DocumentAction, type Rule, type Subject } from "./document-rules";
import type { Viewer } from "./viewer";

/** A test on one field of a document. */
export type DocumentLeaf =
  | { field: "status"; in: readonly DocumentStatus[] }
  | { field: "visibility"; in: readonly Visibility[] }
  | { field: "pendingState"; in: readonly PendingState[] }
  /** For focusAreaIds (a list): at least one of the document's focus areas is in `in`. */
  | { field: "organizationId" | "contributorId" | "focusAreaIds"; in: readonly string[] }
  /** The field holds none of the values (an empty field holds none). */
  | { field: "contributorId"; notIn: readonly string[] }
  | { field: "embargoUntil"; isNull: true }
  | { field: "embargoUntil"; after: Date }
  | { field: "embargoUntil"; notAfter: Date };

export type AccessCondition = Tree<DocumentLeaf>;

const oneOf = <F extends "organizationId" | "contributorId" | "focusAreaIds">(field: F, values: readonly string[]): AccessCondition =>
  values.length === 0 ? false : { field, in: values };

function subjectCondition(subject: Subject, viewer: Viewer): AccessCondition {
  if (subject === "anyone") return true;
  if (viewer.kind !== "user") return false;
  switch (subject) {
    case "member":
      return viewer.verified;
    case "author":
      return oneOf("contributorId", [viewer.id]);
    case "authorContributor":
      return contributingRoles.includes(viewer.role) && oneOf("contributorId", [viewer.id]);
    case "orgMember":
      return oneOf("organizationId", viewer.organizationIds);
    case "orgAdmin":
      return oneOf("organizationId", viewer.adminOrganizationIds);
    case "reviewer":
      return viewer.role === "REVIEWER";
    case "areaReviewer":
      if (viewer.role !== "REVIEWER") return false;
      // No areas listed means a reviewer of every area.
      return viewer.reviewerFocusAreaIds.length === 0 || oneOf("focusAreaIds", viewer.reviewerFocusAreaIds);
    case "admin":
      return viewer.role === "ADMIN";
  }
}

function embargoCondition(embargo: Rule["embargo"], now: Date): AccessCondition {
  if (embargo === "active") return { field: "embargoUntil", after: now };
  if (embargo === "over") return any<DocumentLeaf>([{ field: "embargoUntil", isNull: true }, { field: "embargoUntil", notAfter: now }]);
  return true;
}

function ruleCondition(rule: Rule, viewer: Viewer, now: Date): AccessCondition {
  return all<DocumentLeaf>([
    subjectCondition(rule.subject, viewer),
    rule.status ? { field: "status", in: rule.status } : true,
    rule.visibility ? { field: "visibility", in: rule.visibility } : true,
    rule.pending ? { field: "pendingState", in: rule.pending } : true,
    embargoCondition(rule.embargo, now),
    // A document without a contributor is nobody's own work.
    rule.notAuthor && viewer.kind === "user" ? { field: "contributorId", notIn: [viewer.id] } : true,
  ]);
}

/** The documents on which the viewer may take `action`, as a condition tree. */
export function accessCondition(viewer: Viewer, action: DocumentAction, now: Date = new Date()): AccessCondition {
  const granted = any(documentRules[action].map((rule) => ruleCondition(rule, viewer, now)));
  return narrowingView.has(action) ? all([accessCondition(viewer, "view", now), granted]) : granted;
}
