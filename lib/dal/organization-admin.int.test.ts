// Organization administration: platform admins run every organization, organization admins
// their own; everyone else gets NOT_FOUND. Organization admins cannot demote or remove themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { createTestOrganization, createTestUser, deleteTagged, newTag, viewerOf } from "@/lib/testing/accounts";
import * as organizationAdmin from "./organization-admin";
import {
  createOrganization, getManagedOrganization, listManagedOrganizations, removeMember, setMemberRole, updateOrganization,
  type OrganizationInput,
} from "./organization-admin";

const tag = newTag("oa");
const anonymous: Viewer = { kind: "anonymous" };
let orgA: { id: string; slug: string };
let orgB: { id: string; slug: string };
let platformAdmin: UserViewer;
let orgAdmin: UserViewer;
let orgBAdmin: UserViewer;
let member: UserViewer;

const input = (key: string, extra: Partial<OrganizationInput> = {}): OrganizationInput => ({
  name: `Org ${key} ${tag}`, slug: `${tag}-${key}`, country: "US", sector: "ACADEMIA", ...extra,
});
const membershipRole = async (organizationId: string, userId: string) =>
  (await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId } }, select: { role: true } }))?.role ?? null;

beforeAll(async () => {
  [orgA, orgB] = await Promise.all([createTestOrganization(db, tag, "a"), createTestOrganization(db, tag, "b")]);
  platformAdmin = await viewerOf(db, (await createTestUser(db, tag, "platform-admin", { role: "ADMIN" })).id);
  orgAdmin = await viewerOf(db, (await createTestUser(db, tag, "org-admin", { memberships: [{ organizationId: orgA.id, role: "ADMIN" }] })).id);
  orgBAdmin = await viewerOf(db, (await createTestUser(db, tag, "org-b-admin", { memberships: [{ organizationId: orgB.id, role: "ADMIN" }] })).id);
  member = await viewerOf(db, (await createTestUser(db, tag, "member", { memberships: [{ organizationId: orgA.id, role: "MEMBER" }] })).id);
});

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("createOrganization", () => {
  it("lets a platform admin create one, and refuses a taken slug", async () => {
    const created = await createOrganization(platformAdmin, input("created", { acronym: "CRT", website: "https://crt.example" }));
    expect(created).toEqual({ slug: `${tag}-created` });
    expect(await db.organization.findUniqueOrThrow({ where: { slug: created.slug } })).toMatchObject({
      name: `Org created ${tag}`, acronym: "CRT", website: "https://crt.example", description: null, country: "US", sector: "ACADEMIA",
    });
    await expectAppError(createOrganization(platformAdmin, input("created", { name: "Another" })), "CONFLICT", "slug_taken");
    expect(await db.organization.count({ where: { slug: `${tag}-created` } })).toBe(1);
  });

  it("answers NOT_FOUND to everyone else and creates nothing", async () => {
    for (const viewer of [orgAdmin, member, anonymous]) await expectNotFound(createOrganization(viewer, input("forbidden")));
    expect(await db.organization.findUnique({ where: { slug: `${tag}-forbidden` } })).toBeNull();
  });
});

describe("updateOrganization", () => {
  it("lets an organization admin update their own organization (optional fields cleared when left out)", async () => {
    const org = await createTestOrganization(db, tag, "editable");
    await db.organization.update({ where: { id: org.id }, data: { acronym: "OLD", description: "old" } });
    const admin = await viewerOf(db, (await createTestUser(db, tag, "editor", { memberships: [{ organizationId: org.id, role: "ADMIN" }] })).id);
    expect(await updateOrganization(admin, org.id, input("edited", { description: "new" }))).toEqual({ slug: `${tag}-edited` });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      slug: `${tag}-edited`, name: `Org edited ${tag}`, acronym: null, description: "new",
    });
    await expectAppError(updateOrganization(admin, org.id, input("a")), "CONFLICT", "slug_taken");
  });

  it("answers NOT_FOUND for another organization, to members and to anonymous viewers", async () => {
    for (const viewer of [orgBAdmin, member, anonymous]) await expectNotFound(updateOrganization(viewer, orgA.id, input("hijacked")));
    expect((await db.organization.findUniqueOrThrow({ where: { id: orgA.id } })).slug).toBe(orgA.slug);
  });

  it("lets a platform admin update any organization", async () => {
    const org = await createTestOrganization(db, tag, "any");
    expect(await updateOrganization(platformAdmin, org.id, input("any-renamed"))).toEqual({ slug: `${tag}-any-renamed` });
  });
});

describe("members", () => {
  it("offers no way to add someone directly: people join by invitation or an accepted request", () => {
    // Adding an existing account by email added it without its consent and told whether the
    // email had an account (issue 10); lib/dal/invitations.int.test.ts covers the invitation.
    expect(Object.keys(organizationAdmin)).not.toContain("addMember");
  });

  it("an organization admin changes a member's role and removes a member", async () => {
    const user = await createTestUser(db, tag, "to-remove", { memberships: [{ organizationId: orgA.id, role: "MEMBER" }] });
    await setMemberRole(orgAdmin, orgA.id, user.id, "ADMIN");
    expect(await membershipRole(orgA.id, user.id)).toBe("ADMIN");
    expect((await viewerOf(db, user.id)).adminOrganizationIds).toEqual([orgA.id]);
    await removeMember(orgAdmin, orgA.id, user.id);
    expect(await membershipRole(orgA.id, user.id)).toBeNull();
    // Neither works on someone who is not (or no longer) a member.
    await expectNotFound(removeMember(orgAdmin, orgA.id, user.id));
    await expectNotFound(setMemberRole(orgAdmin, orgA.id, user.id, "ADMIN"));
    expect(await membershipRole(orgA.id, user.id)).toBeNull();
  });

  it("an organization admin cannot demote or remove themselves (cannot_change_self)", async () => {
    await expectAppError(setMemberRole(orgAdmin, orgA.id, orgAdmin.id, "MEMBER"), "CONFLICT", "cannot_change_self");
    await expectAppError(removeMember(orgAdmin, orgA.id, orgAdmin.id), "CONFLICT", "cannot_change_self");
    expect(await membershipRole(orgA.id, orgAdmin.id)).toBe("ADMIN");
  });

  it("a platform admin may change their own membership", async () => {
    const org = await createTestOrganization(db, tag, "platform-self");
    await db.membership.create({ data: { userId: platformAdmin.id, organizationId: org.id, role: "ADMIN" } });
    await setMemberRole(platformAdmin, org.id, platformAdmin.id, "MEMBER");
    expect(await membershipRole(org.id, platformAdmin.id)).toBe("MEMBER");
    await removeMember(platformAdmin, org.id, platformAdmin.id);
    expect(await membershipRole(org.id, platformAdmin.id)).toBeNull();
  });

  it("answers NOT_FOUND for another organization and to plain members, changing nothing", async () => {
    const target = await createTestUser(db, tag, "b-member", { memberships: [{ organizationId: orgB.id, role: "MEMBER" }] });
    await expectNotFound(setMemberRole(orgAdmin, orgB.id, target.id, "ADMIN"));
    await expectNotFound(removeMember(orgAdmin, orgB.id, target.id));
    for (const viewer of [member, anonymous]) {
      await expectNotFound(setMemberRole(viewer, orgA.id, member.id, "ADMIN"));
      await expectNotFound(removeMember(viewer, orgA.id, orgAdmin.id));
    }
    expect(await membershipRole(orgB.id, target.id)).toBe("MEMBER");
    expect(await membershipRole(orgA.id, member.id)).toBe("MEMBER");
    expect(await membershipRole(orgA.id, orgAdmin.id)).toBe("ADMIN");
  });
});

describe("listing and reading managed organizations", () => {
  it("scopes the list: all for platform admins, their own for organization admins, none for members", async () => {
    const slugsOf = async (viewer: Viewer) => (await listManagedOrganizations(viewer)).map((org) => org.slug);
    const all = await slugsOf(platformAdmin);
    expect(all).toEqual(expect.arrayContaining([orgA.slug, orgB.slug]));
    expect(all.length).toBe(await db.organization.count());
    expect(await slugsOf(orgAdmin)).toEqual([orgA.slug]);
    expect(await slugsOf(orgBAdmin)).toEqual([orgB.slug]);
    expect(await slugsOf(member)).toEqual([]);
    await expectAppError(listManagedOrganizations(anonymous), "UNAUTHORIZED", "sign_in_required");
    const [row] = await listManagedOrganizations(orgBAdmin);
    expect(row!._count.memberships).toBe(await db.membership.count({ where: { organizationId: orgB.id } }));
  });

  it("shows an organization's members to its admins only", async () => {
    const org = await getManagedOrganization(orgAdmin, orgA.slug);
    expect(org.id).toBe(orgA.id);
    expect(org.memberships.map((m) => m.user.id)).toEqual(expect.arrayContaining([orgAdmin.id, member.id]));
    expect((await getManagedOrganization(platformAdmin, orgA.slug)).id).toBe(orgA.id);
    for (const viewer of [orgBAdmin, member, anonymous]) await expectNotFound(getManagedOrganization(viewer, orgA.slug));
    await expectNotFound(getManagedOrganization(platformAdmin, `${tag}-no-such-org`));
  });
});
