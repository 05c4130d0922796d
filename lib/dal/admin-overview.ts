import "server-only";
// The /admin overview's figures: what each section holds, counted for what the viewer may
// manage (platform admins everything; organization admins their organizations).
import { db } from "@/lib/db";
import { isAdmin } from "@/lib/policies/administration";
import type { Viewer } from "@/lib/policies/viewer";
import { outboxStatus } from "@/lib/search/sync";
import { getAdminSections } from "./admin-access";
import { requireUser } from "./guards";

export interface AdminOverview {
  organizations: number;
  /** Platform admins only (null for organization admins, who do not see these sections). */
  users: { total: number; deactivated: number; unverified: number } | null;
  invitations: { pending: number } | null;
  search: { published: number; backlog: number; failing: boolean } | null;
}

export async function getAdminOverview(viewer: Viewer): Promise<AdminOverview> {
  await getAdminSections(viewer); // NOT_FOUND for anyone who manages nothing
  const user = requireUser(viewer);
  if (!isAdmin(user)) return { organizations: user.adminOrganizationIds.length, users: null, invitations: null, search: null };
  const [organizations, total, deactivated, unverified, pending, published, outbox] = await Promise.all([
    db.organization.count(),
    db.user.count(),
    db.user.count({ where: { active: false } }),
    db.user.count({ where: { emailVerified: null } }),
    db.invitation.count({ where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } }),
    db.document.count({ where: { status: "PUBLISHED" } }),
    outboxStatus(db),
  ]);
  return {
    organizations,
    users: { total, deactivated, unverified },
    invitations: { pending },
    search: { published, backlog: outbox.backlog, failing: outbox.lastError !== null },
  };
}
