import "server-only";
import type { Database } from "@/lib/db/client";
import type { UserViewer } from "@/lib/policies/viewer";
import { toViewer, viewerSelect } from "./viewer-row";

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
  const user = await db.user.findUnique({ where: { id: userId }, select: viewerSelect });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return { viewer: toViewer(user), profile: { name: user.name, email: user.email } };
}
