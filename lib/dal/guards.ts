import "server-only";
import { AppError, notFoundError } from "@/lib/errors";
import { canManageOrganization, isAdmin } from "@/lib/policies/administration";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";

// Administration that the viewer may not use answers NOT_FOUND, like documents: its
// existence is not confirmed to people outside it.

export function requireUser(viewer: Viewer): UserViewer {
  if (viewer.kind !== "user") throw new AppError("UNAUTHORIZED", "sign_in_required");
  return viewer;
}

export function requireAdmin(viewer: Viewer): UserViewer {
  if (!isAdmin(viewer)) throw notFoundError();
  return viewer as UserViewer;
}

export function requireOrganizationManager(viewer: Viewer, organizationId: string): UserViewer {
  if (!canManageOrganization(viewer, organizationId)) throw notFoundError();
  return viewer as UserViewer;
}
