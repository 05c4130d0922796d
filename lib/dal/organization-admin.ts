import "server-only";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { MembershipRole, Sector } from "@/lib/generated/prisma/enums";
import { isAdmin } from "@/lib/policies/administration";
import { slugSchema } from "@/lib/validation/browse";
import type { Viewer } from "@/lib/policies/viewer";
import { requireAdmin, requireOrganizationManager, requireUser } from "./guards";
import { openInvitation } from "./invitations";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { contentChanged } from "@/lib/cache/content-generation";
import { processContentWatch } from "@/lib/cache/visitor-cache";
import { enqueueSearchSync } from "@/lib/search/outbox";

export interface OrganizationInput {
  name: string;
  slug: string;
  acronym?: string;
  country: string;
  sector: Sector;
  description?: string;
  website?: string;
}

/** Platform admins see every organization; organization admins see the ones they run. */
export async function listManagedOrganizations(viewer: Viewer) {
  const user = requireUser(viewer);
  return db.organization.findMany({
    where: isAdmin(user) ? {} : { id: { in: user.adminOrganizationIds } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, country: true, sector: true, _count: { select: { memberships: true } } },
  });
}

export async function getManagedOrganization(viewer: Viewer, slug: string) {
  if (!slugSchema.safeParse(slug).success) throw notFoundError("Organization not found");
  const organization = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  if (!organization) throw notFoundError("Organization not found");
  requireOrganizationManager(viewer, organization.id);
  return db.organization.findUniqueOrThrow({
    where: { id: organization.id },
    include: {
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, user: { select: { id: true, name: true, email: true, active: true } } } },
      invitations: {
        where: openInvitation(),
        orderBy: { createdAt: "desc" },
        select: { id: true, email: true, membershipRole: true, expiresAt: true },
      },
    },
  });
}

function toData(input: OrganizationInput) {
  return { ...input, acronym: input.acronym ?? null, description: input.description ?? null, website: input.website ?? null };
}

export async function createOrganization(viewer: Viewer, input: OrganizationInput): Promise<{ slug: string }> {
  requireAdmin(viewer);
  try {
    return await db.organization.create({ data: toData(input), select: { slug: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "slug_taken");
    throw error;
  }
}

export async function updateOrganization(viewer: Viewer, id: string, input: OrganizationInput): Promise<{ slug: string }> {
  requireOrganizationManager(viewer, id);
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.organization.update({ where: { id }, data: toData(input), select: { slug: true } });
      // Search shows the organization's name and filters by its slug: its published documents are indexed again.
      const published = await tx.document.findMany({ where: { organizationId: id, status: "PUBLISHED" }, select: { id: true } });
      await enqueueSearchSync(tx, published.map((d) => d.id));
      // Its page and its documents' bylines change even when it has no published document.
      await contentChanged(tx, processContentWatch());
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "slug_taken");
    throw error;
  }
}

// Nobody is added to an organization without consent: new members come through an invitation
// they accept (lib/dal/invitations.ts) or a request to join that an admin accepts
// (lib/dal/access-requests.ts). Here admins only change or end existing memberships.

/** Organization admins may not demote or remove themselves (a platform admin can). */
function assertNotSelf(viewer: Viewer, userId: string) {
  if (viewer.kind === "user" && viewer.id === userId && !isAdmin(viewer)) throw new AppError("CONFLICT", "cannot_change_self");
}

export async function setMemberRole(viewer: Viewer, organizationId: string, userId: string, role: MembershipRole) {
  requireOrganizationManager(viewer, organizationId);
  assertNotSelf(viewer, userId);
  const { count } = await db.membership.updateMany({ where: { organizationId, userId }, data: { role } });
  if (count === 0) throw notFoundError("Membership not found");
}

export async function removeMember(viewer: Viewer, organizationId: string, userId: string) {
  requireOrganizationManager(viewer, organizationId);
  assertNotSelf(viewer, userId);
  const { count } = await db.membership.deleteMany({ where: { organizationId, userId } });
  if (count === 0) throw notFoundError("Membership not found");
}
