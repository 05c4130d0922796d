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
import { higherRole } from "@/lib/policies/roles";
import type { Viewer } from "@/lib/policies/viewer";
import { requireAdmin, requireOrganizationManager, requireUser } from "./guards";

export const INVITATION_DAYS = 7;

export interface InvitationInput {
  email: string;
  organizationId?: string;
  membershipRole: MembershipRole;
  role: UserRole;
}

/** Invitations that can still be answered (what admins see as pending). */
export const openInvitation = () => ({ acceptedAt: null, revokedAt: null, declinedAt: null, expiresAt: { gt: new Date() } });

/**
 * Organization admins invite into their organization; only platform admins grant global roles.
 * This is the only way to bring someone into an organization: the person accepts (or declines)
 * from the emailed link, so nobody is added without consent. The work and the answer are the
 * same whether or not the email has an account, so inviting reveals nothing about accounts.
 * A new invitation replaces an open one to the same email for the same organization.
 */
export async function createInvitation(viewer: Viewer, input: InvitationInput, link: LinkContext): Promise<void> {
  const inviter = input.organizationId ? requireOrganizationManager(viewer, input.organizationId) : requireAdmin(viewer);
  const role = isAdmin(inviter) ? input.role : "MEMBER";
  const token = newToken();
  const organizationId = input.organizationId ?? null;
  const organization = organizationId ? await db.organization.findUnique({ where: { id: organizationId }, select: { name: true } }) : null;
  if (organizationId && !organization) throw notFoundError("Organization not found");
  const sender = await db.user.findUniqueOrThrow({ where: { id: inviter.id }, select: { name: true, email: true } });
  await db.$transaction([
    db.invitation.updateMany({ where: { email: input.email, organizationId, ...openInvitation() }, data: { revokedAt: new Date() } }),
    db.invitation.create({
      data: {
        email: input.email,
        organizationId,
        membershipRole: input.membershipRole,
        role,
        tokenHash: hashToken(token),
        invitedById: inviter.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
      },
    }),
  ]);
  const url = `${link.origin}/${link.locale}/invitations/accept?${new URLSearchParams({ token })}`;
  const mail = invitationMail(link.locale, { inviterName: sender.name ?? sender.email, organizationName: organization?.name ?? null, url, expiresDays: INVITATION_DAYS });
  await sendMail({ to: input.email, ...mail });
}

export async function listPendingInvitations(viewer: Viewer) {
  requireAdmin(viewer);
  return db.invitation.findMany({
    where: openInvitation(),
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
      id: true, email: true, role: true, membershipRole: true, expiresAt: true, acceptedAt: true, revokedAt: true, declinedAt: true,
      organizationId: true, organization: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.declinedAt || invitation.expiresAt <= new Date()) {
    throw notFoundError("Invitation not found");
  }
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
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, ...openInvitation() }, data: { acceptedAt: new Date() } });
    if (claimed.count === 0) throw notFoundError("Invitation not found");
    let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, role: true, emailVerified: true } });
    const created = !user;
    if (user) {
      if (requireUser(viewer).id !== user.id) throw new AppError("FORBIDDEN", "invitation_other_account");
      const role = higherRole(user.role, invitation.role);
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

/**
 * Declines an invitation, under the same rule as accepting: for an existing account, only that
 * account, signed in. Single use; nothing else changes.
 */
export async function declineInvitation(viewer: Viewer, token: string): Promise<void> {
  const invitation = await getInvitationByToken(token);
  if (invitation.accountExists) {
    const owner = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (requireUser(viewer).id !== owner?.id) throw new AppError("FORBIDDEN", "invitation_other_account");
  }
  const { count } = await db.invitation.updateMany({ where: { id: invitation.id, ...openInvitation() }, data: { declinedAt: new Date() } });
  if (count === 0) throw notFoundError("Invitation not found");
}
