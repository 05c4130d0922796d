import "server-only";
import { hashPassword } from "@/lib/auth/password-hash";
import type { LinkContext } from "@/lib/auth/registration";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";
import { sendMail } from "@/lib/mail/mailer";
import { invitation as invitationMail } from "@/lib/mail/templates";
import { isAdmin } from "@/lib/policies/administration";
import type { Viewer } from "@/lib/policies/viewer";
import { requireAdmin, requireOrganizationManager, requireUser } from "./guards";

export const INVITATION_DAYS = 7;
const roleRank: Record<UserRole, number> = { MEMBER: 0, CONTRIBUTOR: 1, REVIEWER: 2, ADMIN: 3 };

export interface InvitationInput {
  email: string;
  organizationId?: string;
  membershipRole: MembershipRole;
  role: UserRole;
}

/** Organization admins invite into their organization; only platform admins grant global roles. */
export async function createInvitation(viewer: Viewer, input: InvitationInput, link: LinkContext): Promise<void> {
  const inviter = input.organizationId ? requireOrganizationManager(viewer, input.organizationId) : requireAdmin(viewer);
  const role = isAdmin(inviter) ? input.role : "MEMBER";
  const token = newToken();
  const organization = input.organizationId
    ? await db.organization.findUnique({ where: { id: input.organizationId }, select: { name: true } })
    : null;
  const sender = await db.user.findUniqueOrThrow({ where: { id: inviter.id }, select: { name: true, email: true } });
  await db.invitation.create({
    data: {
      email: input.email,
      organizationId: input.organizationId ?? null,
      membershipRole: input.membershipRole,
      role,
      tokenHash: hashToken(token),
      invitedById: inviter.id,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
    },
  });
  const url = `${link.origin}/${link.locale}/invitations/accept?${new URLSearchParams({ token })}`;
  const mail = invitationMail(link.locale, { inviterName: sender.name ?? sender.email, organizationName: organization?.name ?? null, url, expiresDays: INVITATION_DAYS });
  await sendMail({ to: input.email, ...mail });
}

export async function listPendingInvitations(viewer: Viewer) {
  requireAdmin(viewer);
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, membershipRole: true, expiresAt: true, organization: { select: { name: true } } },
  });
}

export async function revokeInvitation(viewer: Viewer, id: string): Promise<void> {
  const invitation = await db.invitation.findUnique({ where: { id }, select: { organizationId: true } });
  if (!invitation) throw notFoundError("Invitation not found");
  if (invitation.organizationId) requireOrganizationManager(viewer, invitation.organizationId);
  else requireAdmin(viewer);
  await db.invitation.update({ where: { id }, data: { revokedAt: new Date() } });
}

/** What the acceptance page shows; the token itself is the permission to see it. */
export async function getInvitationByToken(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true, email: true, role: true, membershipRole: true, expiresAt: true, acceptedAt: true, revokedAt: true,
      organizationId: true, organization: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) throw notFoundError("Invitation not found");
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return { ...invitation, accountExists };
}

/**
 * Accepts an invitation: a new account is created (the link proves the address), or an
 * existing one — which must be the signed-in viewer — gains the membership and, never lower
 * than it had, the invited role. Single use, in one transaction.
 */
export async function acceptInvitation(viewer: Viewer, input: { token: string; name?: string; password?: string }): Promise<{ email: string; created: boolean }> {
  const invitation = await getInvitationByToken(input.token);
  // Hashing is slow on purpose: do it before the transaction, not while holding it open.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count === 0) throw notFoundError("Invitation not found");
    let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, role: true, emailVerified: true } });
    const created = !user;
    if (user) {
      if (requireUser(viewer).id !== user.id) throw new AppError("FORBIDDEN", "invitation_other_account");
      const role = roleRank[invitation.role] > roleRank[user.role] ? invitation.role : user.role;
      await tx.user.update({ where: { id: user.id }, data: { role, emailVerified: user.emailVerified ?? new Date() } });
    } else {
      if (!input.name || !passwordHash) throw new AppError("UNPROCESSABLE", "name_required");
      user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash, role: invitation.role, emailVerified: new Date() },
        select: { id: true, role: true, emailVerified: true },
      });
    }
    const { organizationId } = invitation;
    if (organizationId) {
      // As with the global role, an invitation never lowers what the person already has.
      const current = await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId } }, select: { role: true } });
      const role = current?.role === "ADMIN" ? "ADMIN" : invitation.membershipRole;
      await tx.membership.upsert({
        where: { userId_organizationId: { userId: user.id, organizationId } },
        create: { userId: user.id, organizationId, role },
        update: { role },
      });
    }
    return { email: invitation.email, created };
  });
}
