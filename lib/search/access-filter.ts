// The viewer's permission filter for search, compiled from the same rule table as the data
// layer's query conditions (lib/policies/document-rules.ts): only published documents are
// indexed, so the "view" rules that can match a published document apply. A test checks on
// the seed data that this filter and can() agree.
import { contributingRoles, documentRules, type Rule, type Subject } from "@/lib/policies/document-rules";
import type { Viewer } from "@/lib/policies/viewer";
import { all, any, oneOf, type Filter } from "./filter";

function subjectFilter(subject: Subject, viewer: Viewer): Filter {
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
      return viewer.reviewerFocusAreaIds.length === 0 || oneOf("focusAreaIds", viewer.reviewerFocusAreaIds);
    case "admin":
      return viewer.role === "ADMIN";
  }
}

function ruleFilter(rule: Rule, viewer: Viewer, now: number): Filter {
  if (rule.status && !rule.status.includes("PUBLISHED")) return false;
  if (rule.pending && !rule.pending.includes("NONE")) return false;
  const parts: Filter[] = [subjectFilter(rule.subject, viewer)];
  if (rule.visibility) parts.push(oneOf("visibility", rule.visibility));
  if (rule.embargo === "active") parts.push({ field: "embargoUntil", gt: now });
  if (rule.embargo === "over") parts.push(any([{ field: "embargoUntil", isNull: true }, { field: "embargoUntil", lte: now }]));
  return all(parts);
}

/** Which indexed (published) documents the viewer may find. */
export function searchAccessFilter(viewer: Viewer, now: number = Date.now()): Filter {
  return any(documentRules.view.map((rule) => ruleFilter(rule, viewer, now)));
}
