// Access requests: a member asks for contributor access or to join an organization; the people
// who may decide are notified and accept or decline; accepting grants in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canContribute } from "@/lib/policies/contribution";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { createTestOrganization, createTestUser, deleteTagged, mailsTo, newTag, urlsIn, viewerOf, type TestUser } from "@/lib/testing/accounts";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import {
  ACCESS_REQUEST_LIMIT, createAccessRequest, decideAccessRequest, listOpenAccessRequests, listOrganizationsToJoin, listOwnAccessRequests,
} from "./access-requests";

const tag = newTag("ar");
const anonymous: Viewer = { kind: "anonymous" };
let orgA: { id: string; slug: string; name: string };
let orgB: { id: string; slug: string; name: string };
let orgless: { id: string; slug: string; name: string };
let platformAdmin: UserViewer;
let orgAdmin: UserViewer;
let orgBAdmin: UserViewer;
let member: UserViewer;
const people: Record<string, TestUser> = {};

/** A fresh verified member without organization (each test asks as its own person). */
async function newMember(key: string): Promise<UserViewer> {
  people[key] = await createTestUser(db, tag, key, { name: `Person ${key}` });
  return viewerOf(db, people[key].id);
}

const noticesAbout = (accessRequestId: string) =>
  db.notification.findMany({ where: { accessRequestId }, orderBy: { userId: "asc" }, select: { userId: true, kind: true, comment: true } });
const requestRow = (id: string) => db.accessRequest.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  [orgA, orgB, orgless] = await Promise.all([createTestOrganization(db, tag, "a"), createTestOrganization(db, tag, "b"), createTestOrganization(db, tag, "orgless")]);
  const admin = await createTestUser(db, tag, "platform-admin", { role: "ADMIN" });
  await db.user.update({ where: { id: admin.id }, data: { locale: "es" } });
  platformAdmin = await viewerOf(db, admin.id);
  orgAdmin = await viewerOf(db, (await createTestUser(db, tag, "org-admin", { memberships: [{ organizationId: orgA.id, role: "ADMIN" }] })).id);
  orgBAdmin = await viewerOf(db, (await createTestUser(db, tag, "org-b-admin", { memberships: [{ organizationId: orgB.id, role: "ADMIN" }] })).id);
  member = await viewerOf(db, (await createTestUser(db, tag, "member", { memberships: [{ organizationId: orgA.id, role: "MEMBER" }] })).id);
});

afterAll(async () => {
  await db.accessRequest.deleteMany({ where: { requester: { email: { startsWith: `${tag}-` } } } });
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("createAccessRequest", () => {
  it("opens a request for contributor access and tells the platform admins, in their language, with the message", async () => {
    const asker = await newMember("asks-contributor");
    const { id } = await createAccessRequest(asker, { kind: "CONTRIBUTOR", message: "I coordinate the Cauca water program." });
    expect(await requestRow(id)).toMatchObject({ kind: "CONTRIBUTOR", status: "OPEN", requesterId: asker.id, organizationId: null, decidedAt: null });
    const notices = await noticesAbout(id);
    expect(notices).toContainEqual({ userId: platformAdmin.id, kind: "ACCESS_REQUESTED", comment: "I coordinate the Cauca water program." });
    // Only platform admins decide contributor access.
    expect(notices.map((n) => n.userId)).not.toContain(orgAdmin.id);
    const recipients = await db.user.findMany({ where: { id: { in: notices.map((n) => n.userId) } } });
    expect(recipients.every((u) => u.role === "ADMIN" && u.active)).toBe(true);

    const mail = (await mailsTo(db, (await db.user.findUniqueOrThrow({ where: { id: platformAdmin.id } })).email)).at(-1)!;
    expect(mail.subject).toBe("Person asks-contributor solicita acceso como colaborador");
    expect(mail.text).toContain("I coordinate the Cauca water program.");
    expect(urlsIn(mail).map((url) => url.pathname + url.hash)).toContain("/es/admin/users#access-requests");
  });

  it("tells the organization's admins about a request to join it, or the platform admins when it has none", async () => {
    const asker = await newMember("asks-join");
    const toA = await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgA.id });
    expect((await noticesAbout(toA.id)).map((n) => n.userId)).toEqual([orgAdmin.id]);
    const toOrgless = await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgless.id });
    expect((await noticesAbout(toOrgless.id)).map((n) => n.userId)).toContain(platformAdmin.id);
    expect((await noticesAbout(toOrgless.id)).map((n) => n.userId)).not.toContain(orgAdmin.id);
  });

  it("refuses a second open request of the same kind and target, creating nothing", async () => {
    const asker = await newMember("asks-twice");
    await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgB.id });
    await expectAppError(createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgB.id, message: "again" }), "CONFLICT", "access_request_open");
    const rows = await db.accessRequest.findMany({ where: { requesterId: asker.id } });
    expect(rows).toHaveLength(1);
    expect(await db.notification.count({ where: { accessRequestId: { in: rows.map((r) => r.id) } } })).toBe(1);
    // Another kind, or another organization, is another request.
    await createAccessRequest(asker, { kind: "CONTRIBUTOR" });
    await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgA.id });
    expect(await db.accessRequest.count({ where: { requesterId: asker.id, status: "OPEN" } })).toBe(3);
  });

  it("refuses what the person already has, an unverified account, an unknown organization and visitors", async () => {
    const contributor = await viewerOf(db, (await createTestUser(db, tag, "contributor", { role: "CONTRIBUTOR" })).id);
    await expectAppError(createAccessRequest(contributor, { kind: "CONTRIBUTOR" }), "CONFLICT", "already_contributor");
    await expectAppError(createAccessRequest(member, { kind: "MEMBERSHIP", organizationId: orgA.id }), "CONFLICT", "already_member");
    const unverified = await viewerOf(db, (await createTestUser(db, tag, "unverified", { verified: false })).id);
    await expectAppError(createAccessRequest(unverified, { kind: "CONTRIBUTOR" }), "FORBIDDEN", "email_unverified");
    await expectNotFound(createAccessRequest(member, { kind: "MEMBERSHIP", organizationId: "cmxnosuchorganization00" }));
    await expectAppError(createAccessRequest(anonymous, { kind: "CONTRIBUTOR" }), "UNAUTHORIZED", "sign_in_required");
    expect(await db.accessRequest.count({ where: { requesterId: { in: [contributor.id, member.id, unverified.id] } } })).toBe(0);
  });

  it(`allows ${ACCESS_REQUEST_LIMIT.max} requests a day per person, refused ones included`, async () => {
    const asker = await newMember("asks-often");
    await createAccessRequest(asker, { kind: "CONTRIBUTOR" });
    for (let i = 1; i < ACCESS_REQUEST_LIMIT.max; i++) {
      await expectAppError(createAccessRequest(asker, { kind: "CONTRIBUTOR" }), "CONFLICT", "access_request_open");
    }
    await expectAppError(createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgB.id }), "RATE_LIMITED", "access_requests_limit");
    expect(await db.accessRequest.count({ where: { requesterId: asker.id } })).toBe(1);
    await db.rateLimit.deleteMany({ where: { key: `access-request:${asker.id}` } });
  });
});

describe("who sees and decides a request", () => {
  it("lists open requests to the people who decide them, and answers NOT_FOUND to everyone else", async () => {
    const asker = await newMember("listed");
    const join = await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgA.id, message: "Hello" });
    const contribute = await createAccessRequest(asker, { kind: "CONTRIBUTOR" });
    const ids = async (viewer: Viewer, scope: Parameters<typeof listOpenAccessRequests>[1]) => (await listOpenAccessRequests(viewer, scope)).map((r) => r.id);

    expect(await ids(orgAdmin, { kind: "MEMBERSHIP", organizationId: orgA.id })).toContain(join.id);
    expect(await ids(platformAdmin, { kind: "MEMBERSHIP", organizationId: orgA.id })).toContain(join.id);
    expect(await ids(platformAdmin, { kind: "CONTRIBUTOR" })).toContain(contribute.id);
    const [listed] = (await listOpenAccessRequests(orgAdmin, { kind: "MEMBERSHIP", organizationId: orgA.id })).filter((r) => r.id === join.id);
    expect(listed).toMatchObject({ kind: "MEMBERSHIP", message: "Hello", requester: { id: asker.id, email: people.listed!.email }, organization: { slug: orgA.slug } });

    await expectNotFound(listOpenAccessRequests(orgAdmin, { kind: "CONTRIBUTOR" }));
    for (const viewer of [orgBAdmin, member, asker, anonymous]) {
      await expectNotFound(listOpenAccessRequests(viewer, { kind: "MEMBERSHIP", organizationId: orgA.id }));
    }
    for (const viewer of [member, asker, anonymous]) await expectNotFound(listOpenAccessRequests(viewer, { kind: "CONTRIBUTOR" }));
  });

  it("lets only those people decide: NOT_FOUND for others, and nothing changes", async () => {
    const asker = await newMember("undecided");
    const join = await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgA.id });
    const contribute = await createAccessRequest(asker, { kind: "CONTRIBUTOR" });
    for (const viewer of [orgBAdmin, member, asker, anonymous]) await expectNotFound(decideAccessRequest(viewer, join.id, "accept"));
    for (const viewer of [orgAdmin, orgBAdmin, member, asker, anonymous]) await expectNotFound(decideAccessRequest(viewer, contribute.id, "accept"));
    await expectNotFound(decideAccessRequest(platformAdmin, "cmxnosuchrequest0000000", "decline"));
    expect((await requestRow(join.id)).status).toBe("OPEN");
    expect((await requestRow(contribute.id)).status).toBe("OPEN");
    expect(await viewerOf(db, asker.id)).toMatchObject({ role: "MEMBER", organizationIds: [] });
  });

  it("shows the requester their own requests only, and the organizations they may still ask to join", async () => {
    const asker = await newMember("own");
    await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgB.id });
    expect((await listOwnAccessRequests(asker)).map((r) => [r.kind, r.status, r.organization?.slug])).toEqual([["MEMBERSHIP", "OPEN", orgB.slug]]);
    expect(await listOwnAccessRequests(member)).toEqual([]);
    await expectAppError(listOwnAccessRequests(anonymous), "UNAUTHORIZED", "sign_in_required");
    const joinable = (await listOrganizationsToJoin(asker)).map((o) => o.id);
    expect(joinable).toEqual(expect.arrayContaining([orgA.id, orgless.id]));
    expect(joinable).not.toContain(orgB.id);
    expect((await listOrganizationsToJoin(member)).map((o) => o.id)).not.toContain(orgA.id);
  });
});

describe("decideAccessRequest", () => {
  it("accepting contributor access makes the person a contributor, closes the request and tells them", async () => {
    const asker = await newMember("granted");
    const { id } = await createAccessRequest(asker, { kind: "CONTRIBUTOR" });
    expect(canContribute(asker)).toBe(false);
    await decideAccessRequest(platformAdmin, id, "accept");
    expect(await requestRow(id)).toMatchObject({ status: "ACCEPTED", openKey: null, decidedById: platformAdmin.id, decidedAt: expect.any(Date) });
    expect(canContribute(await viewerOf(db, asker.id))).toBe(true);
    expect(await noticesAbout(id)).toContainEqual({ userId: asker.id, kind: "ACCESS_GRANTED", comment: null });
    const mail = (await mailsTo(db, people.granted!.email)).at(-1)!;
    expect(mail.subject).toBe("You can now contribute to Puente");
    expect(urlsIn(mail).map((url) => url.pathname)).toContain("/en/documents/new");
    await expectAppError(decideAccessRequest(platformAdmin, id, "decline"), "CONFLICT", "request_decided");
  });

  it("accepting a request to join adds the membership; declining adds nothing; the requester hears both", async () => {
    const asker = await newMember("joins");
    const join = await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgA.id });
    const other = await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgB.id });
    await decideAccessRequest(orgAdmin, join.id, "accept");
    await decideAccessRequest(orgBAdmin, other.id, "decline");
    expect((await viewerOf(db, asker.id)).organizationIds).toEqual([orgA.id]);
    expect(await db.membership.findFirst({ where: { userId: asker.id, organizationId: orgA.id }, select: { role: true } })).toEqual({ role: "MEMBER" });
    expect((await requestRow(other.id)).status).toBe("DECLINED");
    expect((await noticesAbout(other.id)).filter((n) => n.userId === asker.id)).toEqual([{ userId: asker.id, kind: "ACCESS_DECLINED", comment: null }]);
    const subjects = (await mailsTo(db, people.joins!.email)).map((m) => m.subject);
    expect(subjects).toEqual(expect.arrayContaining([`You are now a member of ${orgA.name}`, `Your request to join ${orgB.name} was declined`]));
    // A decided request no longer blocks asking again.
    await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgB.id });
  });

  it("never lowers what the person has by then", async () => {
    const asker = await newMember("promoted-meanwhile");
    const { id } = await createAccessRequest(asker, { kind: "CONTRIBUTOR" });
    await db.user.update({ where: { id: asker.id }, data: { role: "REVIEWER" } });
    await decideAccessRequest(platformAdmin, id, "accept");
    expect((await viewerOf(db, asker.id)).role).toBe("REVIEWER");
  });

  it("decides once when two people answer at the same moment", async () => {
    const asker = await newMember("raced");
    const { id } = await createAccessRequest(asker, { kind: "MEMBERSHIP", organizationId: orgA.id });
    const results = await Promise.allSettled([decideAccessRequest(orgAdmin, id, "accept"), decideAccessRequest(platformAdmin, id, "decline")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const { status } = await requestRow(id);
    expect((await viewerOf(db, asker.id)).organizationIds).toEqual(status === "ACCEPTED" ? [orgA.id] : []);
    expect((await noticesAbout(id)).filter((n) => n.userId === asker.id)).toHaveLength(1);
  });

  it("grants, closes and notifies in one transaction: when the notice cannot be written, nothing changes", async () => {
    const asker = await newMember("rolled-back");
    const { id } = await createAccessRequest(asker, { kind: "CONTRIBUTOR" });
    // A real failure inside the transaction: the database refuses this request's decision notice.
    const trigger = `refuse_${tag}`;
    await db.$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${trigger} BEFORE INSERT ON "Notification" FOR EACH ROW WHEN (NEW."accessRequestId" = '${id}' AND NEW."kind" = 'ACCESS_GRANTED') EXECUTE FUNCTION ${trigger}()`,
    );
    try {
      await expect(decideAccessRequest(platformAdmin, id, "accept")).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON "Notification"`);
      await db.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    expect(await requestRow(id)).toMatchObject({ status: "OPEN", decidedAt: null });
    expect((await viewerOf(db, asker.id)).role).toBe("MEMBER");
    // Still open, so it can be decided now.
    await decideAccessRequest(platformAdmin, id, "accept");
    expect((await viewerOf(db, asker.id)).role).toBe("CONTRIBUTOR");
  });
});
