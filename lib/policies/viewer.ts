import type { UserRole } from "@/lib/generated/prisma/enums";

/** A signed-in, active user as the access rules see them (loaded fresh on every request). */
export interface UserViewer {
  kind: "user";
  id: string;
  role: UserRole;
  /** Email address confirmed: only verified users count as coalition members. */
  verified: boolean;
  /** Organizations the user belongs to, as member or admin. */
  organizationIds: string[];
  /** Organizations where the user is an admin. */
  adminOrganizationIds: string[];
  /** For reviewers: the focus areas they review; empty means all of them. */
  reviewerFocusAreaIds: string[];
}

/** Who is asking. Every data-access function takes it first and scopes its query by it. */
export type Viewer = { kind: "anonymous" } | UserViewer;

export const anonymousViewer: Viewer = { kind: "anonymous" };
