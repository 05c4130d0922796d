// Fixtures for the contribution tests: two organizations, two focus areas, a contributor in
// each organization, reviewers of each area, a plain member and an admin, all named after a
// random tag, plus a complete document input. deleteContributionWorld removes all of it.
import type { Database } from "@/lib/db/client";
import type { UserViewer } from "@/lib/policies/viewer";
import { documentInputSchema, type DocumentInput } from "@/lib/validation/document";
import { createTestFocusArea, createTestOrganization, createTestUser, deleteTagged, viewerOf } from "./accounts";

export interface ContributionWorld {
  tag: string;
  orgA: string;
  orgB: string;
  area: string;
  otherArea: string;
  author: UserViewer;
  otherContributor: UserViewer;
  reviewer: UserViewer;
  otherReviewer: UserViewer;
  member: UserViewer;
  admin: UserViewer;
  emails: Record<"author" | "reviewer" | "otherReviewer", string>;
}

export async function createContributionWorld(db: Database, tag: string): Promise<ContributionWorld> {
  const [a, b] = await Promise.all([createTestOrganization(db, tag, "a"), createTestOrganization(db, tag, "b")]);
  const [area, otherArea] = await Promise.all([createTestFocusArea(db, tag, "area"), createTestFocusArea(db, tag, "other-area")]);
  const user = async (key: string, options: Parameters<typeof createTestUser>[3]) => {
    const created = await createTestUser(db, tag, key, { password: null, ...options });
    return { viewer: await viewerOf(db, created.id), email: created.email };
  };
  const author = await user("author", { role: "CONTRIBUTOR", memberships: [{ organizationId: a.id, role: "MEMBER" }] });
  const otherContributor = await user("other", { role: "CONTRIBUTOR", memberships: [{ organizationId: b.id, role: "MEMBER" }] });
  const reviewer = await user("reviewer", { role: "REVIEWER", reviewerFocusAreaIds: [area.id] });
  const otherReviewer = await user("other-reviewer", { role: "REVIEWER", reviewerFocusAreaIds: [otherArea.id] });
  const member = await user("member", { role: "MEMBER", memberships: [{ organizationId: a.id, role: "MEMBER" }] });
  const admin = await user("admin", { role: "ADMIN" });
  return {
    tag, orgA: a.id, orgB: b.id, area: area.id, otherArea: otherArea.id,
    author: author.viewer, otherContributor: otherContributor.viewer, reviewer: reviewer.viewer,
    otherReviewer: otherReviewer.viewer, member: member.viewer, admin: admin.viewer,
    emails: { author: author.email, reviewer: reviewer.email, otherReviewer: otherReviewer.email },
  };
}

/** A best practice with everything review needs; titles start with the tag (so do slugs). */
export function completeInput(world: ContributionWorld, overrides: Record<string, unknown> = {}): DocumentInput {
  return documentInputSchema.parse({
    type: "BEST_PRACTICE", title: `${world.tag} Community policing in Cauca`, language: "en", visibility: "PUBLIC",
    summary: "How joint patrols rebuilt trust.", body: "## What we did\n\nJoint patrols with **community leaders**.",
    focusAreaIds: [world.area], countries: ["CO"], sectors: ["GOVERNMENT"], tags: ["policing", "trust"],
    problem: "Low trust in police.", approach: "Joint patrols.", outcomes: "Reports doubled.",
    metrics: [{ label: "Households reached", value: "1500", unit: "households", year: "2024" }],
    organizationId: world.orgA,
    ...overrides,
  });
}

export async function deleteContributionWorld(db: Database, tag: string): Promise<void> {
  await db.document.deleteMany({ where: { slug: { startsWith: tag } } });
  await deleteTagged(db, tag);
}
