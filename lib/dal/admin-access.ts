import "server-only";
import { notFoundError } from "@/lib/errors";
import { isAdmin, managesAnyOrganization } from "@/lib/policies/administration";
import type { Viewer } from "@/lib/policies/viewer";

/** Which administration sections the viewer may open; NOT_FOUND when none. */
export async function getAdminSections(viewer: Viewer): Promise<{ users: boolean; organizations: boolean; invitations: boolean; search: boolean }> {
  if (!managesAnyOrganization(viewer)) throw notFoundError();
  const admin = isAdmin(viewer);
  return { users: admin, organizations: true, invitations: admin, search: admin };
}
