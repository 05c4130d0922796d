// Notices for the document workflow: who is told about a submission and a decision, and that
// they live and die with the workflow's transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectNotFound } from "@/lib/testing/expect-errors";
import { createTestFocusArea, createTestUser, deleteTagged, newTag, type TestUserOptions } from "@/lib/testing/accounts";
import { notifyDecision, notifySubmission, type Notice } from "./index";

const tag = newTag("nt");
const users: Record<string, { id: string; email: string }> = {};
let areaA: string;
let areaB: string;
let areaC: string;

async function createDocument(key: string, areaIds: string[], contributorId: string | null, title = `Doc ${key}`) {
  return db.document.create({
    data: {
      slug: `${tag}-${key}`, type: "REPORT", title, language: "en", status: "IN_REVIEW", contributorId,
      focusAreas: { create: areaIds.map((focusAreaId, position) => ({ focusAreaId, position })) },
    },
    select: { id: true, slug: true },
  });
}

/** Only this file's users: the shared database may hold other reviewers (the seed's). */
const ours = (notices: Notice[]) => {
  const ids = new Set(Object.values(users).map((u) => u.id));
  return notices.filter((n) => ids.has(n.userId)).map((n) => n.userId).sort();
};
const idsOf = (...keys: string[]) => keys.map((key) => users[key]!.id).sort();

beforeAll(async () => {
  const [a, b, c] = await Promise.all(["a", "b", "c"].map((key) => createTestFocusArea(db, tag, key)));
  [areaA, areaB, areaC] = [a!.id, b!.id, c!.id];
  const specs: Record<string, TestUserOptions> = {
    reviewerA: { role: "REVIEWER", reviewerFocusAreaIds: [areaA] },
    reviewerAll: { role: "REVIEWER" },
    reviewerB: { role: "REVIEWER", reviewerFocusAreaIds: [areaB] },
    reviewerInactive: { role: "REVIEWER", reviewerFocusAreaIds: [areaA], active: false },
    reviewerUnverified: { role: "REVIEWER", verified: false },
    reviewerActor: { role: "REVIEWER", reviewerFocusAreaIds: [areaA] },
    admin: { role: "ADMIN" },
    contributor: { role: "CONTRIBUTOR" },
  };
  for (const [key, options] of Object.entries(specs)) {
    users[key] = await createTestUser(db, tag, key.toLowerCase(), { ...options, password: null });
  }
});

afterAll(async () => {
  await db.document.deleteMany({ where: { slug: { startsWith: `${tag}-` } } });
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("notifySubmission", () => {
  it("tells the area's reviewers and the all-areas reviewers, not other areas, inactive, unverified, non-reviewers or the actor", async () => {
    const doc = await createDocument("area-a", [areaA, areaC], users.contributor!.id);
    const notices = await notifySubmission(db, { documentId: doc.id, actorId: users.reviewerActor!.id });
    expect(ours(notices)).toEqual(idsOf("reviewerA", "reviewerAll"));
    expect(notices.every((n) => n.kind === "SUBMITTED" && n.documentId === doc.id && n.comment === null)).toBe(true);
    // Everyone told, ours or not, is an active, verified reviewer.
    const recipients = await db.user.findMany({ where: { id: { in: notices.map((n) => n.userId) } } });
    expect(recipients.every((u) => u.role === "REVIEWER" && u.active && u.emailVerified)).toBe(true);
    const rows = await db.notification.findMany({ where: { documentId: doc.id }, orderBy: { userId: "asc" } });
    expect(rows.map((r) => [r.id, r.userId, r.kind, r.readAt])).toEqual(
      [...notices].sort((a, b) => a.userId.localeCompare(b.userId)).map((n) => [n.notificationId, n.userId, "SUBMITTED", null]),
    );
  });

  it("matches any of the document's areas", async () => {
    const doc = await createDocument("area-b", [areaC, areaB], users.contributor!.id);
    expect(ours(await notifySubmission(db, { documentId: doc.id, actorId: users.contributor!.id }))).toEqual(idsOf("reviewerAll", "reviewerB"));
  });

  it("leaves a document without areas to the all-areas reviewers", async () => {
    const doc = await createDocument("no-area", [], users.contributor!.id);
    expect(ours(await notifySubmission(db, { documentId: doc.id, actorId: users.contributor!.id }))).toEqual(idsOf("reviewerAll"));
  });

  it("creates nothing when the workflow's transaction rolls back", async () => {
    const doc = await createDocument("rollback", [areaA], users.contributor!.id);
    const rollback = db.$transaction(async (tx) => {
      expect((await notifySubmission(tx, { documentId: doc.id, actorId: users.contributor!.id })).length).toBeGreaterThan(0);
      throw new Error("rollback");
    });
    await expect(rollback).rejects.toThrow("rollback");
    expect(await db.notification.count({ where: { documentId: doc.id } })).toBe(0);
  });

  it("answers NOT_FOUND for a document that does not exist", async () => {
    await expectNotFound(notifySubmission(db, { documentId: "missing", actorId: users.contributor!.id }));
  });
});

describe("notifyDecision", () => {
  it("tells the contributor, keeping the reviewer's comment (trimmed)", async () => {
    const doc = await createDocument("changes", [areaA], users.contributor!.id);
    const notices = await db.$transaction((tx) =>
      notifyDecision(tx, { documentId: doc.id, actorId: users.reviewerA!.id, kind: "CHANGES_REQUESTED", comment: "  Add sources.\nCite the 2024 data.  " }),
    );
    expect(notices).toEqual([
      { notificationId: expect.any(String), userId: users.contributor!.id, kind: "CHANGES_REQUESTED", documentId: doc.id, comment: "Add sources.\nCite the 2024 data." },
    ]);
    const row = await db.notification.findUniqueOrThrow({ where: { id: notices[0]!.notificationId } });
    expect(row).toMatchObject({ userId: users.contributor!.id, kind: "CHANGES_REQUESTED", comment: "Add sources.\nCite the 2024 data.", readAt: null });
  });

  it.each(["PUBLISHED", "REJECTED", "ARCHIVED", "UNPUBLISHED"] as const)("tells the contributor on %s; a blank comment is none", async (kind) => {
    const doc = await createDocument(`decision-${kind.toLowerCase()}`, [areaA], users.contributor!.id);
    const [notice, ...rest] = await notifyDecision(db, { documentId: doc.id, actorId: users.admin!.id, kind, comment: "   " });
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ userId: users.contributor!.id, kind, comment: null });
  });

  it("tells nobody when the actor is the contributor, or when there is no contributor", async () => {
    const own = await createDocument("own", [areaA], users.reviewerA!.id);
    expect(await notifyDecision(db, { documentId: own.id, actorId: users.reviewerA!.id, kind: "ARCHIVED" })).toEqual([]);
    const orphan = await createDocument("orphan", [areaA], null);
    expect(await notifyDecision(db, { documentId: orphan.id, actorId: users.admin!.id, kind: "PUBLISHED" })).toEqual([]);
    expect(await db.notification.count({ where: { documentId: { in: [own.id, orphan.id] } } })).toBe(0);
  });

  it("answers NOT_FOUND for a document that does not exist", async () => {
    await expectNotFound(notifyDecision(db, { documentId: "missing", actorId: users.admin!.id, kind: "PUBLISHED" }));
  });
});
