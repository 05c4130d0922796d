// The pure form of the access rules: can this viewer do this to this document?
import type { DocumentStatus, PendingState, Visibility } from "@/lib/generated/prisma/enums";
import { contributingRoles, documentRules, type DocumentAction, type Rule, type Subject } from "./document-rules";
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

function subjectMatches(subject: Subject, viewer: Viewer, doc: DocumentAccessFields): boolean {
  if (subject === "anyone") return true;
  if (viewer.kind !== "user") return false;
  const inOrg = (ids: string[]) => doc.organizationId !== null && ids.includes(doc.organizationId);
  switch (subject) {
    case "member":
      return viewer.verified;
    case "author":
      return doc.contributorId === viewer.id;
    case "authorContributor":
      return doc.contributorId === viewer.id && contributingRoles.includes(viewer.role);
    case "orgMember":
      return inOrg(viewer.organizationIds);
    case "orgAdmin":
      return inOrg(viewer.adminOrganizationIds);
    case "reviewer":
      return viewer.role === "REVIEWER";
    case "areaReviewer":
      return (
        viewer.role === "REVIEWER" &&
        (viewer.reviewerFocusAreaIds.length === 0 || doc.focusAreaIds.some((id) => viewer.reviewerFocusAreaIds.includes(id)))
      );
    case "admin":
      return viewer.role === "ADMIN";
  }
}

function ruleMatches(rule: Rule, viewer: Viewer, doc: DocumentAccessFields, now: Date): boolean {
  if (rule.status && !rule.status.includes(doc.status)) return false;
  if (rule.visibility && !rule.visibility.includes(doc.visibility)) return false;
  if (rule.pending && !rule.pending.includes(doc.pendingState)) return false;
  if (rule.embargo) {
    const active = doc.embargoUntil !== null && doc.embargoUntil > now;
    if ((rule.embargo === "active") !== active) return false;
  }
  if (rule.notAuthor && viewer.kind === "user" && doc.contributorId === viewer.id) return false;
  return subjectMatches(rule.subject, viewer, doc);
}

export function can(viewer: Viewer, action: DocumentAction, doc: DocumentAccessFields, now: Date = new Date()): boolean {
  return documentRules[action].some((rule) => ruleMatches(rule, viewer, doc, now));
}

/** Every action the viewer may take on the document (for showing the right buttons). */
export function allowedActions(viewer: Viewer, doc: DocumentAccessFields, now: Date = new Date()): DocumentAction[] {
  return (Object.keys(documentRules) as DocumentAction[]).filter((action) => can(viewer, action, doc, now));
}
