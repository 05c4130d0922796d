// Who may start documents, and under which organization: pure rules, enforced by the data layer.
import { contributingRoles } from "./document-rules";
import type { UserViewer, Viewer } from "./viewer";

/** Contributors, reviewers and admins with a confirmed email address write documents. */
export function canContribute(viewer: Viewer): viewer is UserViewer {
  return viewer.kind === "user" && viewer.verified && contributingRoles.includes(viewer.role);
}

/** A document may be filed under an organization its contributor belongs to (admins: any). */
export function canFileUnder(viewer: Viewer, organizationId: string): boolean {
  if (viewer.kind !== "user") return false;
  return viewer.role === "ADMIN" || viewer.organizationIds.includes(organizationId);
}

/** Reviewers and admins see the review queue (its contents are scoped by the review rule). */
export function canReview(viewer: Viewer): boolean {
  return viewer.kind === "user" && (viewer.role === "REVIEWER" || viewer.role === "ADMIN");
}
