// A user row as the viewer the access rules take. Shared by sessions (viewers.ts) and by work
// done outside any request, such as digests, which must see exactly what the member sees now.
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserViewer } from "@/lib/policies/viewer";

export const viewerSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  emailVerified: true,
  sessionVersion: true,
  locale: true,
  memberships: { select: { organizationId: true, role: true } },
  reviewerAreas: { select: { focusAreaId: true } },
} as const satisfies Prisma.UserSelect;

export type ViewerRow = Prisma.UserGetPayload<{ select: typeof viewerSelect }>;

export function toViewer(user: ViewerRow): UserViewer {
  return {
    kind: "user",
    id: user.id,
    role: user.role,
    verified: user.emailVerified !== null,
    organizationIds: user.memberships.map((m) => m.organizationId),
    adminOrganizationIds: user.memberships.filter((m) => m.role === "ADMIN").map((m) => m.organizationId),
    reviewerFocusAreaIds: user.reviewerAreas.map((area) => area.focusAreaId),
  };
}

/** Someone mail is written for outside any request: their viewer now, address and language; null when deactivated. */
export async function loadRecipient(db: Database | Prisma.TransactionClient, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: viewerSelect });
  if (!user || !user.active) return null;
  return { viewer: toViewer(user), email: user.email, locale: user.locale ?? "en" };
}
