import "server-only";
// Access requests: a verified member who cannot contribute asks for contributor access (decided
// by platform admins) or to join an organization (decided by its admins; platform admins too).
// Who may see and decide a request is checked inside the queries; anyone else gets NOT_FOUND.
// Creating and deciding are one transaction each, with their notifications; accepting grants
// the role or membership in the same transaction as the decision. Emails go after the commit.
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessRequestKind } from "@/lib/generated/prisma/enums";
import { deliverAccessNoticeEmails, notifyAccessDecided, notifyAccessRequested } from "@/lib/notifications";
import { canManageOrganization, isAdmin } from "@/lib/policies/administration";
import { hasAtLeast, higherRole } from "@/lib/policies/roles";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { hitLimit, type Limit } from "@/lib/security/rate-limit";
import type { AccessRequestInput } from "@/lib/validation/access-requests";
import { requireUser } from "./guards";

/** Requests a person may send per day, whatever their kind or outcome (a duplicate counts too). */
export const ACCESS_REQUEST_LIMIT: Limit = { max: 5, windowMs: 24 * 60 * 60 * 1000 };
/** Open requests an admin page lists at most (oldest first); more wait for the next ones. */
export const ACCESS_REQUESTS_SHOWN = 50;

// Set only while a request is open: its unique index allows one open request per person, kind
// and organization, and any number of decided ones.
const openKey = (userId: string, kind: AccessRequestKind, organizationId: string | null) => `${userId}:${kind}:${organizationId ?? ""}`;

const openRequestSelect = {
  id: true,
  kind: true,
  message: true,
  createdAt: true,
  requester: { select: { id: true, name: true, email: true } },
  organization: { select: { name: true, slug: true } },
} satisfies Prisma.AccessRequestSelect;

export type OpenAccessRequest = Prisma.AccessRequestGetPayload<{ select: typeof openRequestSelect }>;

const ownRequestSelect = {
  id: true,
  kind: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  organization: { select: { name: true, slug: true } },
} satisfies Prisma.AccessRequestSelect;

export type OwnAccessRequest = Prisma.AccessRequestGetPayload<{ select: typeof ownRequestSelect }>;

/** Only verified members who do not have what they ask for may ask. */
async function assertMayAsk(user: UserViewer, input: AccessRequestInput): Promise<string | null> {
  if (!user.verified) throw new AppError("FORBIDDEN", "email_unverified");
  if (input.kind === "CONTRIBUTOR") {
    if (hasAtLeast(user.role, "CONTRIBUTOR")) throw new AppError("CONFLICT", "already_contributor");
    return null;
  }
  const organization = await db.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } });
  if (!organization) throw notFoundError("Organization not found");
  if (user.organizationIds.includes(organization.id)) throw new AppError("CONFLICT", "already_member");
  return organization.id;
}

export async function createAccessRequest(viewer: Viewer, input: AccessRequestInput): Promise<{ id: string }> {
  const user = requireUser(viewer);
  const organizationId = await assertMayAsk(user, input);
  if ((await hitLimit(db, `access-request:${user.id}`, ACCESS_REQUEST_LIMIT)).exceeded) throw new AppError("RATE_LIMITED", "access_requests_limit");
  let created: { id: string; notices: Awaited<ReturnType<typeof notifyAccessRequested>> };
  try {
    created = await db.$transaction(async (tx) => {
      const { id } = await tx.accessRequest.create({
        data: { kind: input.kind, requesterId: user.id, organizationId, message: input.message ?? null, openKey: openKey(user.id, input.kind, organizationId) },
        select: { id: true },
      });
      return { id, notices: await notifyAccessRequested(tx, { accessRequestId: id }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "access_request_open");
    throw error;
  }
  await deliverAccessNoticeEmails(created.notices);
  return { id: created.id };
}

/** The viewer's own requests, newest first (what they asked, and where it stands). */
export async function listOwnAccessRequests(viewer: Viewer): Promise<OwnAccessRequest[]> {
  const user = requireUser(viewer);
  return db.accessRequest.findMany({ where: { requesterId: user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 20, select: ownRequestSelect });
}

/**
 * The requests the viewer may decide, as a query condition: every kind for platform admins
 * (spelled out: an empty condition is too easy to get wrong); membership of the organizations
 * they run for organization admins. Null: none at all.
 */
function decidableWhere(viewer: Viewer): Prisma.AccessRequestWhereInput | null {
  if (viewer.kind !== "user") return null;
  if (isAdmin(viewer)) return { kind: { in: ["CONTRIBUTOR", "MEMBERSHIP"] } };
  if (viewer.adminOrganizationIds.length === 0) return null;
  return { kind: "MEMBERSHIP", organizationId: { in: viewer.adminOrganizationIds } };
}

export type AccessRequestScope = { kind: "CONTRIBUTOR" } | { kind: "MEMBERSHIP"; organizationId: string };

/** Open requests of one kind (or one organization's) that the viewer may decide, oldest first. */
export async function listOpenAccessRequests(viewer: Viewer, scope: AccessRequestScope): Promise<OpenAccessRequest[]> {
  const allowed = decidableWhere(viewer);
  const mayList = scope.kind === "CONTRIBUTOR" ? isAdmin(viewer) : canManageOrganization(viewer, scope.organizationId);
  if (allowed === null || !mayList) throw notFoundError();
  return db.accessRequest.findMany({
    where: { AND: [allowed, { status: "OPEN" }, scope] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: ACCESS_REQUESTS_SHOWN,
    select: openRequestSelect,
  });
}

/** What accepting gives: never lowers a role, never changes an existing membership. */
async function grant(tx: Prisma.TransactionClient, request: { kind: AccessRequestKind; requesterId: string; organizationId: string | null }) {
  if (request.kind === "CONTRIBUTOR") {
    const { role } = await tx.user.findUniqueOrThrow({ where: { id: request.requesterId }, select: { role: true } });
    await tx.user.update({ where: { id: request.requesterId }, data: { role: higherRole(role, "CONTRIBUTOR") } });
    return;
  }
  const organizationId = request.organizationId!;
  await tx.membership.upsert({
    where: { userId_organizationId: { userId: request.requesterId, organizationId } },
    create: { userId: request.requesterId, organizationId, role: "MEMBER" },
    update: {},
  });
}

/**
 * Accepts or declines an open request the viewer may decide (NOT_FOUND otherwise, decided or
 * not). The status change, the grant and the requester's notice are one transaction; of two
 * people deciding at once, the second gets request_decided and changes nothing.
 */
export async function decideAccessRequest(viewer: Viewer, requestId: string, decision: "accept" | "decline"): Promise<void> {
  const allowed = decidableWhere(viewer);
  if (allowed === null) throw notFoundError();
  const decider = viewer as UserViewer;
  const notices = await db.$transaction(async (tx) => {
    const request = await tx.accessRequest.findFirst({
      where: { AND: [allowed, { id: requestId }] },
      select: { id: true, kind: true, status: true, requesterId: true, organizationId: true },
    });
    if (!request) throw notFoundError("Access request not found");
    if (request.requesterId === decider.id) throw new AppError("CONFLICT", "cannot_change_self");
    const claimed = await tx.accessRequest.updateMany({
      where: { id: request.id, status: "OPEN" },
      data: { status: decision === "accept" ? "ACCEPTED" : "DECLINED", openKey: null, decidedById: decider.id, decidedAt: new Date() },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", "request_decided");
    if (decision === "accept") await grant(tx, request);
    return notifyAccessDecided(tx, { accessRequestId: request.id, kind: decision === "accept" ? "ACCESS_GRANTED" : "ACCESS_DECLINED" });
  });
  await deliverAccessNoticeEmails(notices);
}

/** Organizations the viewer may ask to join: not one of theirs, and none they already asked. */
export async function listOrganizationsToJoin(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  const user = requireUser(viewer);
  return db.organization.findMany({
    where: { id: { notIn: user.organizationIds }, accessRequests: { none: { requesterId: user.id, status: "OPEN" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
