// Puts the authorization matrix's world into a database: organizations A and B, two focus
// areas, one user per matrix viewer and one document per matrix case.
import type { Database } from "@/lib/db/client";
import { caseSlug, embargoDate, matrixCases, type MatrixViewer } from "./access-matrix";

export interface MatrixWorld {
  userIds: Record<Exclude<MatrixViewer, "anonymous">, string>;
  organizationA: string;
  documentIds: Map<string, string>; // slug -> id
}

type Role = "MEMBER" | "CONTRIBUTOR" | "REVIEWER" | "ADMIN";

export async function createMatrixWorld(db: Database, tag: string): Promise<MatrixWorld> {
  const org = (name: string) => db.organization.create({ data: { name: `${name} ${tag}`, slug: `${tag}-${name.toLowerCase().replace(/\s+/g, "-")}`, country: "CO", sector: "CIVIL_SOCIETY" } });
  const [orgA, orgB] = await Promise.all([org("Org A"), org("Org B")]);
  const area = (slug: string) => db.focusArea.create({ data: { slug: `${tag}-${slug}`, nameEn: slug, nameEs: slug, descriptionEn: "", descriptionEs: "" } });
  const [ownArea, otherArea] = await Promise.all([area("own-area"), area("other-area")]);
  const user = async (key: string, role: Role, memberships: { organizationId: string; role: "MEMBER" | "ADMIN" }[] = [], reviewerAreas: string[] = []) =>
    (await db.user.create({
      data: {
        email: `${tag}-${key}@matrix.test`, name: key, role, emailVerified: new Date(),
        memberships: { create: memberships },
        reviewerAreas: { create: reviewerAreas.map((focusAreaId) => ({ focusAreaId })) },
      },
    })).id;
  const userIds = {
    member: await user("member", "MEMBER"),
    orgAMember: await user("org-a-member", "MEMBER", [{ organizationId: orgA.id, role: "MEMBER" }]),
    orgAAdmin: await user("org-a-admin", "MEMBER", [{ organizationId: orgA.id, role: "ADMIN" }]),
    orgBMember: await user("org-b-member", "MEMBER", [{ organizationId: orgB.id, role: "MEMBER" }]),
    author: await user("author", "CONTRIBUTOR", [{ organizationId: orgA.id, role: "MEMBER" }]),
    reviewer: await user("reviewer", "REVIEWER"),
    otherAreaReviewer: await user("other-reviewer", "REVIEWER", [], [otherArea.id]),
    admin: await user("admin", "ADMIN"),
  };
  const documentIds = new Map<string, string>();
  for (const c of matrixCases) {
    const slug = `${tag}-${caseSlug(c)}`;
    const doc = await db.document.create({
      data: {
        slug, type: "REPORT", title: `Matrix ${c.status} ${c.visibility} ${c.embargo}`, language: "en",
        status: c.status, pendingState: c.pending, visibility: c.visibility, embargoUntil: embargoDate(c.embargo),
        publicationDate: new Date("2024-01-01"), organizationId: orgA.id, contributorId: userIds.author,
        focusAreas: { create: { focusAreaId: ownArea.id } },
      },
    });
    documentIds.set(slug, doc.id);
  }
  return { userIds, organizationA: orgA.id, documentIds };
}

/** Removes everything createMatrixWorld made, so other test files see only their own data. */
export async function deleteMatrixWorld(db: Database, tag: string): Promise<void> {
  await db.document.deleteMany({ where: { slug: { startsWith: `${tag}-` } } });
  await db.user.deleteMany({ where: { email: { startsWith: `${tag}-`, endsWith: "@matrix.test" } } });
  await db.organization.deleteMany({ where: { slug: { startsWith: `${tag}-` } } });
  await db.focusArea.deleteMany({ where: { slug: { startsWith: `${tag}-` } } });
}
