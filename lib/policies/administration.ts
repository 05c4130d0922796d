// Who may run the platform's administration: pure rules, enforced by the data layer.
import type { Viewer } from "./viewer";

export const isAdmin = (viewer: Viewer): boolean => viewer.kind === "user" && viewer.role === "ADMIN";

/** Platform admins manage every organization; organization admins manage their own. */
export function canManageOrganization(viewer: Viewer, organizationId: string): boolean {
  return isAdmin(viewer) || (viewer.kind === "user" && viewer.adminOrganizationIds.includes(organizationId));
}

/** Whether the viewer can manage at least one organization (shows the organization admin pages). */
export const managesAnyOrganization = (viewer: Viewer): boolean =>
  isAdmin(viewer) || (viewer.kind === "user" && viewer.adminOrganizationIds.length > 0);
