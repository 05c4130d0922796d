// The access rules (lib/policies/document-rules.ts) compiled into a Prisma condition, so that
// every read of documents (pages, lists, counts) asks the database only for what the viewer
// may see: nothing is filtered after loading. Embargoes are compared at query time, so they
// lift without any job.
import type { Prisma } from "@/lib/generated/prisma/client";
import { contributingRoles, documentRules, type DocumentAction, type Rule, type Subject } from "@/lib/policies/document-rules";
import type { Viewer } from "@/lib/policies/viewer";

const NOTHING: Prisma.DocumentWhereInput = { id: { in: [] } };

/** True when the condition can match no document (no rule grants the viewer anything). */
export const matchesNothing = (where: Prisma.DocumentWhereInput): boolean => where === NOTHING;

/** The condition a subject puts on documents: `true` for all of them, `false` for none. */
function subjectWhere(subject: Subject, viewer: Viewer): Prisma.DocumentWhereInput | boolean {
  if (subject === "anyone") return true;
  if (viewer.kind !== "user") return false;
  switch (subject) {
    case "member":
      return viewer.verified;
    case "author":
      return { contributorId: viewer.id };
    case "authorContributor":
      return contributingRoles.includes(viewer.role) && { contributorId: viewer.id };
    case "orgMember":
      return viewer.organizationIds.length > 0 && { organizationId: { in: viewer.organizationIds } };
    case "orgAdmin":
      return viewer.adminOrganizationIds.length > 0 && { organizationId: { in: viewer.adminOrganizationIds } };
    case "reviewer":
      return viewer.role === "REVIEWER";
    case "areaReviewer":
      if (viewer.role !== "REVIEWER") return false;
      return viewer.reviewerFocusAreaIds.length === 0 || { focusAreas: { some: { focusAreaId: { in: viewer.reviewerFocusAreaIds } } } };
    case "admin":
      return viewer.role === "ADMIN";
  }
}

function ruleWhere(rule: Rule, viewer: Viewer, now: Date): { AND: Prisma.DocumentWhereInput[] } | false {
  const subject = subjectWhere(rule.subject, viewer);
  if (subject === false) return false;
  const conditions: Prisma.DocumentWhereInput[] = [];
  if (subject !== true) conditions.push(subject);
  if (rule.status) conditions.push({ status: { in: rule.status } });
  if (rule.visibility) conditions.push({ visibility: { in: rule.visibility } });
  if (rule.pending) conditions.push({ pendingState: { in: rule.pending } });
  if (rule.embargo === "active") conditions.push({ embargoUntil: { gt: now } });
  if (rule.embargo === "over") conditions.push({ OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }] });
  // NULL-safe: a document without a contributor is nobody's own work.
  if (rule.notAuthor && viewer.kind === "user") conditions.push({ OR: [{ contributorId: null }, { NOT: { contributorId: viewer.id } }] });
  return { AND: conditions };
}

/** The documents on which the viewer may take `action`, as a query condition. */
export function documentsWhere(viewer: Viewer, action: DocumentAction, now: Date = new Date()): Prisma.DocumentWhereInput {
  const clauses = documentRules[action].map((rule) => ruleWhere(rule, viewer, now)).filter((c) => c !== false);
  if (clauses.length === 0) return NOTHING;
  if (clauses.some((clause) => clause.AND.length === 0)) return {}; // an unconditional grant (admins)
  return { OR: clauses };
}

/** The documents a viewer may read. */
export function visibleDocumentsWhere(viewer: Viewer, now: Date = new Date()): Prisma.DocumentWhereInput {
  return documentsWhere(viewer, "view", now);
}
