// The seeded personas and documents as the access rules see them, with slugs and emails
// standing in for database ids (the seed's ids are not known to the browser tests).
import type { Viewer } from "../../lib/policies/viewer";
import { documents, users } from "../../prisma/seed/data";

export function viewerFor(email: string | null): Viewer {
  const user = users.find((u) => u.email === email);
  if (!user) return { kind: "anonymous" };
  return {
    kind: "user",
    id: user.email,
    role: user.role,
    verified: true,
    organizationIds: user.memberships.map((m) => m.organization),
    adminOrganizationIds: user.memberships.filter((m) => m.role === "ADMIN").map((m) => m.organization),
    reviewerFocusAreaIds: user.reviewerFocusAreas ?? [],
  };
}

export const accessOf = (doc: (typeof documents)[number]) => ({
  status: doc.status ?? "PUBLISHED",
  pendingState: "NONE" as const,
  visibility: doc.visibility ?? "PUBLIC",
  embargoUntil: doc.embargoUntil ? new Date(`${doc.embargoUntil}T00:00:00Z`) : null,
  organizationId: doc.organization,
  contributorId: doc.contributor,
  focusAreaIds: doc.focusAreas,
});
