// In-app notices for access requests, created inside the transaction that creates or decides
// the request (so a notice exists exactly when its event happened); emails go after the commit
// (deliverAccessNoticeEmails).
import "server-only";
import { notFoundError } from "@/lib/errors";
import type { AccessNoticeKind } from "./kinds";
import type { Tx } from "./notify";

export interface AccessNotice {
  notificationId: string;
  userId: string;
  kind: AccessNoticeKind;
  accessRequestId: string;
}

async function createAccessNotices(tx: Tx, userIds: string[], kind: AccessNoticeKind, accessRequestId: string, comment: string | null): Promise<AccessNotice[]> {
  if (userIds.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, kind, accessRequestId, comment })),
    select: { id: true, userId: true },
  });
  return rows.map((row) => ({ notificationId: row.id, userId: row.userId, kind, accessRequestId }));
}

/**
 * To the people who decide the request, active and verified, never the requester: platform
 * admins for contributor access; for membership the organization's admins, or the platform
 * admins when the organization has none (someone must be able to answer). The requester's
 * message goes with the notice.
 */
export async function notifyAccessRequested(tx: Tx, input: { accessRequestId: string }): Promise<AccessNotice[]> {
  const request = await tx.accessRequest.findUnique({
    where: { id: input.accessRequestId },
    select: { kind: true, requesterId: true, organizationId: true, message: true },
  });
  if (!request) throw notFoundError("Access request not found");
  const eligible = { active: true, emailVerified: { not: null }, id: { not: request.requesterId } };
  const select = { id: true } as const;
  let deciders =
    request.kind === "MEMBERSHIP" && request.organizationId
      ? await tx.user.findMany({ where: { ...eligible, memberships: { some: { organizationId: request.organizationId, role: "ADMIN" } } }, select, orderBy: { id: "asc" } })
      : [];
  if (deciders.length === 0) deciders = await tx.user.findMany({ where: { ...eligible, role: "ADMIN" }, select, orderBy: { id: "asc" } });
  return createAccessNotices(tx, deciders.map((d) => d.id), "ACCESS_REQUESTED", input.accessRequestId, request.message);
}

/** To the requester, with the decision. */
export async function notifyAccessDecided(tx: Tx, input: { accessRequestId: string; kind: "ACCESS_GRANTED" | "ACCESS_DECLINED" }): Promise<AccessNotice[]> {
  const request = await tx.accessRequest.findUnique({ where: { id: input.accessRequestId }, select: { requesterId: true } });
  if (!request) throw notFoundError("Access request not found");
  return createAccessNotices(tx, [request.requesterId], input.kind, input.accessRequestId, null);
}
