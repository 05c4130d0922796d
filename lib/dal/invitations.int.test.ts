// Invitations: who may invite with which role, the emailed single-use link (stored as a hash),
// and accepting it as a new person or as the existing account it was sent to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LinkContext } from "@/lib/auth/registration";
import { checkPasswordSignIn } from "@/lib/auth/password-sign-in";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { isNotFound } from "@/lib/errors";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { createTestOrganization, createTestUser, deleteTagged, emailFor, mailsTo, newTag, urlsIn, viewerOf } from "@/lib/testing/accounts";
import {
  acceptInvitation, createInvitation, declineInvitation, getInvitationByToken, INVITATION_DAYS, listPendingInvitations, revokeInvitation, type InvitationInput,
} from "./invitations";
import { getManagedOrganization } from "./organization-admin";

const tag = newTag("in");
const en: LinkContext = { origin: "https://puente.example", locale: "en" };
const anonymous: Viewer = { kind: "anonymous" };
const PASSWORD = "invited person passphrase 1";
let orgA: { id: string; slug: string; name: string };
let orgB: { id: string; name: string };
let platformAdmin: UserViewer;
let orgAdmin: UserViewer;
let member: UserViewer;

/** Sends an invitation and returns the token from the link in the mail it produced. */
async function invite(viewer: Viewer, input: InvitationInput): Promise<string> {
  await createInvitation(viewer, input, en);
  const url = urlsIn((await mailsTo(db, input.email)).at(-1)!).find((u) => u.pathname === "/en/invitations/accept");
  return url!.searchParams.get("token")!;
}
const pending = (email: string) => db.invitation.findMany({ where: { email } });

beforeAll(async () => {
  [orgA, orgB] = await Promise.all([createTestOrganization(db, tag, "a"), createTestOrganization(db, tag, "b")]);
  platformAdmin = await viewerOf(db, (await createTestUser(db, tag, "platform-admin", { role: "ADMIN", name: "Pat Admin" })).id);
  orgAdmin = await viewerOf(db, (await createTestUser(db, tag, "org-admin", { name: "Olga", memberships: [{ organizationId: orgA.id, role: "ADMIN" }] })).id);
  member = await viewerOf(db, (await createTestUser(db, tag, "member", { memberships: [{ organizationId: orgA.id, role: "MEMBER" }] })).id);
});

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("createInvitation", () => {
  it("lets an organization admin invite into their organization, by a link stored only as a hash", async () => {
    const email = emailFor(tag, "invitee");
    const before = Date.now();
    const token = await invite(orgAdmin, { email, organizationId: orgA.id, membershipRole: "ADMIN", role: "ADMIN" });
    const [mail, ...others] = await mailsTo(db, email);
    expect(others).toEqual([]);
    expect(mail!.subject).toBe(`Olga invited you to join ${orgA.name} on Puente`);
    expect(token.length).toBeGreaterThanOrEqual(32);

    const [row, ...rest] = await pending(email);
    expect(rest).toEqual([]);
    // An organization admin cannot grant a global role: it is forced to MEMBER.
    expect(row).toMatchObject({ organizationId: orgA.id, membershipRole: "ADMIN", role: "MEMBER", invitedById: orgAdmin.id, acceptedAt: null, revokedAt: null });
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row!.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(INVITATION_DAYS - 0.01);
    expect(days).toBeLessThan(INVITATION_DAYS + 0.01);
  });

  it("lets a platform admin grant a global role, with or without an organization", async () => {
    const email = emailFor(tag, "global");
    await invite(platformAdmin, { email, membershipRole: "MEMBER", role: "REVIEWER" });
    await invite(platformAdmin, { email, organizationId: orgB.id, membershipRole: "MEMBER", role: "CONTRIBUTOR" });
    const rows = await db.invitation.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.organizationId, r.role])).toEqual([[null, "REVIEWER"], [orgB.id, "CONTRIBUTOR"]]);
    expect((await mailsTo(db, email))[0]!.subject).toBe("Pat Admin invited you to join Puente");
  });

  it("answers NOT_FOUND for another organization, a global invitation from an organization admin, members and anonymous", async () => {
    const email = emailFor(tag, "not-sent");
    await expectNotFound(createInvitation(orgAdmin, { email, organizationId: orgB.id, membershipRole: "MEMBER", role: "MEMBER" }, en));
    await expectNotFound(createInvitation(orgAdmin, { email, membershipRole: "MEMBER", role: "MEMBER" }, en));
    for (const viewer of [member, anonymous]) {
      await expectNotFound(createInvitation(viewer, { email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" }, en));
    }
    expect(await pending(email)).toEqual([]);
    expect(await mailsTo(db, email)).toEqual([]);
  });
});

describe("inviting is the only way in (issue 10: no adding without consent, nothing revealed)", () => {
  const membershipsIn = (organizationId: string, userId: string) => db.membership.count({ where: { organizationId, userId } });
  /** The mail with what legitimately differs (address and token) blanked out. */
  const shapeOf = async (email: string) => {
    const mail = (await mailsTo(db, email)).at(-1)!;
    return { subject: mail.subject, text: mail.text.replaceAll(email, "EMAIL").replace(/token=[\w-]+/g, "token=TOKEN") };
  };

  it("answers the same for an email with an account (even a platform admin's) and one without, and invites both", async () => {
    const known = await createTestUser(db, tag, "known-person");
    const admin = await createTestUser(db, tag, "invited-admin", { role: "ADMIN" });
    const unknown = emailFor(tag, "unknown-person");
    const input = { organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" } as const;
    const answers = await Promise.all([known.email, admin.email, unknown].map((email) => createInvitation(orgAdmin, { email, ...input }, en)));
    expect(answers).toEqual([undefined, undefined, undefined]);
    for (const email of [known.email, admin.email, unknown]) {
      expect(await db.invitation.count({ where: { email, organizationId: orgA.id, acceptedAt: null, revokedAt: null } })).toBe(1);
    }
    expect(await shapeOf(known.email)).toEqual(await shapeOf(unknown));
    expect(await shapeOf(admin.email)).toEqual(await shapeOf(unknown));
    // Nobody is a member until they accept.
    expect(await membershipsIn(orgA.id, known.id)).toBe(0);
    expect(await membershipsIn(orgA.id, admin.id)).toBe(0);
    expect((await viewerOf(db, known.id)).organizationIds).toEqual([]);
  });

  it("adds the membership when the person accepts, signed in as the invited account", async () => {
    const person = await createTestUser(db, tag, "accepts");
    await createInvitation(orgAdmin, { email: person.email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" }, en);
    const token = urlsIn((await mailsTo(db, person.email)).at(-1)!).find((u) => u.pathname === "/en/invitations/accept")!.searchParams.get("token")!;
    expect(await membershipsIn(orgA.id, person.id)).toBe(0);
    await acceptInvitation(await viewerOf(db, person.id), { token });
    expect((await viewerOf(db, person.id)).organizationIds).toEqual([orgA.id]);
  });

  it("lets the person decline: nothing changes, the link stops working; an existing account must be signed in as itself", async () => {
    const person = await createTestUser(db, tag, "declines");
    const token = await invite(orgAdmin, { email: person.email, organizationId: orgA.id, membershipRole: "ADMIN", role: "MEMBER" });
    await expectAppError(declineInvitation(anonymous, token), "UNAUTHORIZED", "sign_in_required");
    await expectAppError(declineInvitation(member, token), "FORBIDDEN", "invitation_other_account");
    expect((await pending(person.email))[0]!.declinedAt).toBeNull();

    const viewer = await viewerOf(db, person.id);
    await declineInvitation(viewer, token);
    expect((await pending(person.email))[0]!.declinedAt).toBeInstanceOf(Date);
    await expectNotFound(getInvitationByToken(token));
    await expectNotFound(acceptInvitation(viewer, { token }));
    await expectNotFound(declineInvitation(viewer, token));
    expect(await membershipsIn(orgA.id, person.id)).toBe(0);
    expect(await listPendingInvitations(platformAdmin)).not.toContainEqual(expect.objectContaining({ email: person.email }));
    expect((await getManagedOrganization(orgAdmin, orgA.slug)).invitations.map((row) => row.email)).not.toContain(person.email);
  });

  it("lets someone without an account decline with the link alone", async () => {
    const email = emailFor(tag, "declines-new");
    const token = await invite(orgAdmin, { email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    await declineInvitation(anonymous, token);
    await expectNotFound(acceptInvitation(anonymous, { token, name: "Late", password: PASSWORD }));
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("replaces an open invitation to the same email and organization with the new one", async () => {
    const email = emailFor(tag, "twice");
    const first = await invite(orgAdmin, { email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    const second = await invite(orgAdmin, { email, organizationId: orgA.id, membershipRole: "ADMIN", role: "MEMBER" });
    await expectNotFound(getInvitationByToken(first));
    expect((await getInvitationByToken(second)).membershipRole).toBe("ADMIN");
    expect((await listPendingInvitations(platformAdmin)).filter((row) => row.email === email)).toHaveLength(1);
  });
});

describe("acceptInvitation", () => {
  it("creates a verified account for a new person, with the membership and invited role, once", async () => {
    const email = emailFor(tag, "newcomer");
    const token = await invite(platformAdmin, { email, organizationId: orgA.id, membershipRole: "ADMIN", role: "CONTRIBUTOR" });
    expect(await getInvitationByToken(token)).toMatchObject({ email, accountExists: false, organization: { name: orgA.name } });

    expect(await acceptInvitation(anonymous, { token, name: "Newcomer", password: PASSWORD })).toEqual({ email, created: true });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Newcomer", role: "CONTRIBUTOR", active: true });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[orgA.id, "ADMIN"]]);
    expect((await checkPasswordSignIn(db, { email, password: PASSWORD, ip: `ip-${tag}` })).ok).toBe(true);

    await expectNotFound(acceptInvitation(anonymous, { token, name: "Again", password: PASSWORD }));
    await expectNotFound(getInvitationByToken(token));
    expect((await pending(email))[0]!.acceptedAt).toBeInstanceOf(Date);
  });

  it("needs a name and password for a new account, and stays usable when they are missing", async () => {
    const email = emailFor(tag, "nameless");
    const token = await invite(orgAdmin, { email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    await expectAppError(acceptInvitation(anonymous, { token }), "UNPROCESSABLE", "name_required");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect((await pending(email))[0]!.acceptedAt).toBeNull();
    expect((await acceptInvitation(anonymous, { token, name: "Named", password: PASSWORD })).created).toBe(true);
  });

  it("for an existing account, requires being signed in as it; a refusal leaves the invitation usable", async () => {
    const existing = await createTestUser(db, tag, "existing", { verified: false });
    const token = await invite(platformAdmin, { email: existing.email, organizationId: orgB.id, membershipRole: "MEMBER", role: "REVIEWER" });
    expect((await getInvitationByToken(token)).accountExists).toBe(true);

    await expectAppError(acceptInvitation(anonymous, { token }), "UNAUTHORIZED", "sign_in_required");
    await expectAppError(acceptInvitation(member, { token, name: "x", password: PASSWORD }), "FORBIDDEN", "invitation_other_account");
    expect((await pending(existing.email))[0]!.acceptedAt).toBeNull();
    expect(await db.membership.count({ where: { organizationId: orgB.id, userId: { in: [existing.id, member.id] } } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MEMBER");

    const viewer = await viewerOf(db, existing.id);
    expect(await acceptInvitation(viewer, { token })).toEqual({ email: existing.email, created: false });
    const user = await db.user.findUniqueOrThrow({ where: { id: existing.id }, include: { memberships: true } });
    expect(user.role).toBe("REVIEWER");
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[orgB.id, "MEMBER"]]);
    await expectNotFound(acceptInvitation(viewer, { token }));
  });

  it("never lowers an existing account's higher global role", async () => {
    const existing = await createTestUser(db, tag, "senior", { role: "ADMIN" });
    const token = await invite(orgAdmin, { email: existing.email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    await acceptInvitation(await viewerOf(db, existing.id), { token });
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).role).toBe("ADMIN");
    expect((await viewerOf(db, existing.id)).organizationIds).toEqual([orgA.id]);
  });

  it("works only once when accepted twice at the same moment", async () => {
    const email = emailFor(tag, "racer");
    const token = await invite(orgAdmin, { email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    const results = await Promise.allSettled([1, 2].map((i) => acceptInvitation(anonymous, { token, name: `Racer ${i}`, password: PASSWORD })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(isNotFound(failure.reason)).toBe(true);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses revoked and expired invitations (NOT_FOUND)", async () => {
    const revokedEmail = emailFor(tag, "revoked");
    const revoked = await invite(orgAdmin, { email: revokedEmail, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    await revokeInvitation(orgAdmin, (await pending(revokedEmail))[0]!.id);
    const expiredEmail = emailFor(tag, "expired");
    const expired = await invite(orgAdmin, { email: expiredEmail, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    await db.invitation.updateMany({ where: { email: expiredEmail }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const token of [revoked, expired, "not-a-real-token-at-all"]) {
      await expectNotFound(getInvitationByToken(token));
      await expectNotFound(acceptInvitation(anonymous, { token, name: "Late", password: PASSWORD }));
    }
    expect(await db.user.count({ where: { email: { in: [revokedEmail, expiredEmail] } } })).toBe(0);
  });
});

describe("revokeInvitation and listPendingInvitations", () => {
  it("lets the organization's admins and platform admins revoke, answers NOT_FOUND to others", async () => {
    const email = emailFor(tag, "to-revoke");
    await invite(orgAdmin, { email, organizationId: orgA.id, membershipRole: "MEMBER", role: "MEMBER" });
    await invite(platformAdmin, { email, membershipRole: "MEMBER", role: "CONTRIBUTOR" });
    const [inOrg, global] = await db.invitation.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    const orgBAdmin = await viewerOf(db, (await createTestUser(db, tag, "org-b-admin", { memberships: [{ organizationId: orgB.id, role: "ADMIN" }] })).id);

    for (const viewer of [orgBAdmin, member, anonymous]) await expectNotFound(revokeInvitation(viewer, inOrg!.id));
    await expectNotFound(revokeInvitation(orgAdmin, global!.id));
    await expectNotFound(revokeInvitation(platformAdmin, "no-such-invitation"));
    expect((await pending(email)).every((row) => row.revokedAt === null)).toBe(true);

    const listed = async () => (await listPendingInvitations(platformAdmin)).filter((row) => row.email === email).map((row) => row.id);
    expect((await listed()).sort()).toEqual([inOrg!.id, global!.id].sort());
    await revokeInvitation(orgAdmin, inOrg!.id);
    await revokeInvitation(platformAdmin, global!.id);
    expect((await pending(email)).every((row) => row.revokedAt instanceof Date)).toBe(true);
    expect(await listed()).toEqual([]);
    for (const viewer of [orgAdmin, member, anonymous]) await expectNotFound(listPendingInvitations(viewer));
  });
});
