import "server-only";
import type { Database } from "@/lib/db/client";
import type { UserViewer } from "@/lib/policies/viewer";

/**
 * The viewer behind a session: loaded from the database on every request, so a role change,
 * a new membership or a deactivation applies at once. A session issued before the user's
 * current session version (sign out everywhere, password change, deactivation) is void.
 */
export async function loadUserViewer(db: Database, userId: string, sessionVersion: number): Promise<UserViewer | null> {
  return (await loadUserSession(db, userId, sessionVersion))?.viewer ?? null;
}

/** What the header shows about the signed-in person. */
export interface SessionProfile {
  name: string | null;
  email: string;
}

/** The viewer and, from the same query, the profile the page header shows. */
export async function loadUserSession(
  db: Database,
  userId: string,
  sessionVersion: number,
): Promise<{ viewer: UserViewer; profile: SessionProfile } | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      emailVerified: true,
      sessionVersion: true,
      memberships: { select: { organizationId: true, role: true } },
      reviewerAreas: { select: { focusAreaId: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  const viewer: UserViewer = {
    kind: "user",
    id: user.id,
    role: user.role,
    verified: user.emailVerified !== null,
    organizationIds: user.memberships.map((m) => m.organizationId),
    adminOrganizationIds: user.memberships.filter((m) => m.role === "ADMIN").map((m) => m.organizationId),
    reviewerFocusAreaIds: user.reviewerAreas.map((area) => area.focusAreaId),
  };
  return { viewer, profile: { name: user.name, email: user.email } };
}
