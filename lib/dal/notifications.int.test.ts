// The notifications page's data: each person sees, counts and marks only their own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { createTestUser, deleteTagged, newTag, viewerOf } from "@/lib/testing/accounts";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import { countUnreadNotifications, listNotifications, markNotificationsRead, NOTIFICATIONS_PAGE_SIZE } from "./notifications";

const tag = newTag("nd");
const anonymous: Viewer = { kind: "anonymous" };
let alice: UserViewer;
let bob: UserViewer;
let ownDoc: { id: string; slug: string; title: string };
let hiddenDoc: { id: string; slug: string; title: string };

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function notify(userId: string, createdAt: Date, documentId: string | null = ownDoc.id) {
  return db.notification.create({ data: { userId, kind: "PUBLISHED", documentId, createdAt }, select: { id: true } });
}

beforeAll(async () => {
  alice = await viewerOf(db, (await createTestUser(db, tag, "alice", { role: "CONTRIBUTOR", password: null })).id);
  bob = await viewerOf(db, (await createTestUser(db, tag, "bob", { role: "CONTRIBUTOR", password: null })).id);
  const select = { id: true, slug: true, title: true } as const;
  ownDoc = await db.document.create({ data: { slug: `${tag}-own`, type: "REPORT", title: "Own draft", language: "en", contributorId: alice.id }, select });
  // Bob's draft: Alice may not read it, so her notice about it must not link to it.
  hiddenDoc = await db.document.create({ data: { slug: `${tag}-hidden`, type: "REPORT", title: "Bob's draft", language: "en", contributorId: bob.id }, select });
});

afterAll(async () => {
  await db.document.deleteMany({ where: { slug: { startsWith: `${tag}-` } } });
  await deleteTagged(db, tag);
  await db.$disconnect();
});

const clear = () => db.notification.deleteMany({ where: { userId: { in: [alice.id, bob.id] } } });

describe("listNotifications", () => {
  beforeAll(clear);

  it("lists only the viewer's own, newest first, 20 per page", async () => {
    const total = NOTIFICATIONS_PAGE_SIZE + 3;
    for (let i = 0; i < total; i++) await notify(alice.id, minutesAgo(i));
    const bobsOwn = await notify(bob.id, minutesAgo(0));

    const first = await listNotifications(alice, { page: 1 });
    expect(first).toMatchObject({ total, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    const times = first.items.map((item) => item.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await listNotifications(alice, { page: 2 });
    expect(second.items).toHaveLength(3);
    expect(second.items.at(-1)!.createdAt.getTime()).toBeLessThan(first.items.at(-1)!.createdAt.getTime());
    expect([...first.items, ...second.items].map((item) => item.id)).not.toContain(bobsOwn.id);

    const bobs = await listNotifications(bob, { page: 1 });
    expect(bobs.items.map((item) => item.id)).toEqual([bobsOwn.id]);
    expect(bobs.pageCount).toBe(1);
  });

  it("gives the document's title and slug, linkable only while the viewer may read it, and none once it is gone", async () => {
    await clear();
    await notify(alice.id, minutesAgo(3), ownDoc.id);
    await notify(alice.id, minutesAgo(2), hiddenDoc.id);
    await notify(alice.id, minutesAgo(1), null);
    const { items } = await listNotifications(alice, { page: 1 });
    expect(items.map((item) => item.document)).toEqual([
      null,
      { readable: false },
      { title: ownDoc.title, slug: ownDoc.slug, readable: true },
    ]);
    expect(items[0]).toMatchObject({ kind: "PUBLISHED", comment: null, readAt: null });
  });

  it("is only for signed-in users", async () => {
    await expectAppError(listNotifications(anonymous, { page: 1 }), "UNAUTHORIZED", "sign_in_required");
  });
});

describe("countUnreadNotifications and markNotificationsRead", () => {
  let aliceIds: string[];
  let bobId: string;

  beforeAll(async () => {
    await clear();
    aliceIds = [];
    for (const minutes of [30, 20, 10]) aliceIds.push((await notify(alice.id, minutesAgo(minutes))).id);
    bobId = (await notify(bob.id, minutesAgo(5))).id;
  });

  const readAt = async (id: string) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt;

  it("counts each viewer's own unread notifications, and none for visitors", async () => {
    expect(await countUnreadNotifications(alice)).toBe(3);
    expect(await countUnreadNotifications(bob)).toBe(1);
    expect(await countUnreadNotifications(anonymous)).toBe(0);
  });

  it("answers NOT_FOUND for another user's id, even mixed with the viewer's own, and marks nothing", async () => {
    await expectNotFound(markNotificationsRead(alice, [bobId]));
    await expectNotFound(markNotificationsRead(alice, [aliceIds[0]!, bobId]));
    await expectNotFound(markNotificationsRead(alice, ["no-such-notification"]));
    expect(await readAt(bobId)).toBeNull();
    expect(await readAt(aliceIds[0]!)).toBeNull();
  });

  it("marks the viewer's own by id, once", async () => {
    expect(await markNotificationsRead(alice, [aliceIds[0]!, aliceIds[0]!])).toBe(1);
    expect(await readAt(aliceIds[0]!)).toBeInstanceOf(Date);
    expect(await markNotificationsRead(alice, [aliceIds[0]!])).toBe(0);
    expect(await markNotificationsRead(alice, [])).toBe(0);
    expect(await countUnreadNotifications(alice)).toBe(2);
  });

  it("marks all, up to when the list was shown, and only the viewer's", async () => {
    expect(await markNotificationsRead(alice, "all", { before: minutesAgo(15) })).toBe(1);
    expect(await readAt(aliceIds[2]!)).toBeNull();
    expect(await markNotificationsRead(alice, "all")).toBe(1);
    expect(await countUnreadNotifications(alice)).toBe(0);
    expect(await readAt(bobId)).toBeNull();
    expect(await countUnreadNotifications(bob)).toBe(1);
  });

  it("is only for signed-in users", async () => {
    await expectAppError(markNotificationsRead(anonymous, "all"), "UNAUTHORIZED", "sign_in_required");
  });
});
