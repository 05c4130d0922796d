// The viewer behind a session, loaded from the user's row on every request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestFocusArea, createTestOrganization, createTestUser, deleteTagged, newTag } from "@/lib/testing/accounts";
import { loadUserViewer } from "./viewers";

const tag = newTag("vw");
let orgA: { id: string };
let orgB: { id: string };
let orgC: { id: string };
let area1: { id: string };
let area2: { id: string };

beforeAll(async () => {
  orgA = await createTestOrganization(db, tag, "a");
  orgB = await createTestOrganization(db, tag, "b");
  orgC = await createTestOrganization(db, tag, "c");
  area1 = await createTestFocusArea(db, tag, "area-1");
  area2 = await createTestFocusArea(db, tag, "area-2");
});

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("loadUserViewer", () => {
  it("returns role, verification, memberships, admin memberships and reviewer areas", async () => {
    const user = await createTestUser(db, tag, "reviewer", {
      role: "REVIEWER",
      memberships: [
        { organizationId: orgA.id, role: "ADMIN" },
        { organizationId: orgB.id, role: "MEMBER" },
        { organizationId: orgC.id, role: "ADMIN" },
      ],
      reviewerFocusAreaIds: [area1.id, area2.id],
    });
    const viewer = await loadUserViewer(db, user.id, 0);
    expect(viewer).not.toBeNull();
    expect(viewer!.kind).toBe("user");
    expect(viewer!.id).toBe(user.id);
    expect(viewer!.role).toBe("REVIEWER");
    expect(viewer!.verified).toBe(true);
    expect([...viewer!.organizationIds].sort()).toEqual([orgA.id, orgB.id, orgC.id].sort());
    expect([...viewer!.adminOrganizationIds].sort()).toEqual([orgA.id, orgC.id].sort());
    expect([...viewer!.reviewerFocusAreaIds].sort()).toEqual([area1.id, area2.id].sort());
  });

  it("returns empty lists and verified false for a new, unverified member", async () => {
    const user = await createTestUser(db, tag, "plain", { verified: false });
    expect(await loadUserViewer(db, user.id, 0)).toEqual({
      kind: "user",
      id: user.id,
      role: "MEMBER",
      verified: false,
      organizationIds: [],
      adminOrganizationIds: [],
      reviewerFocusAreaIds: [],
    });
  });

  it("reflects changes to the row at once", async () => {
    const user = await createTestUser(db, tag, "changing");
    await db.user.update({ where: { id: user.id }, data: { role: "CONTRIBUTOR" } });
    await db.membership.create({ data: { userId: user.id, organizationId: orgB.id, role: "ADMIN" } });
    const viewer = await loadUserViewer(db, user.id, 0);
    expect(viewer).toMatchObject({ role: "CONTRIBUTOR", organizationIds: [orgB.id], adminOrganizationIds: [orgB.id] });
  });

  it("is null for a session issued under another session version", async () => {
    const user = await createTestUser(db, tag, "versioned");
    expect(await loadUserViewer(db, user.id, 1)).toBeNull();
    expect(await loadUserViewer(db, user.id, -1)).toBeNull();
    // Sign out everywhere, a password change or a deactivation raise the version.
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadUserViewer(db, user.id, 0)).toBeNull();
    expect((await loadUserViewer(db, user.id, 1))?.id).toBe(user.id);
  });

  it("is null for a deactivated user, even with the current session version", async () => {
    const user = await createTestUser(db, tag, "inactive", { active: false, role: "ADMIN" });
    expect(await loadUserViewer(db, user.id, 0)).toBeNull();
  });

  it("is null for a user that does not exist (deleted)", async () => {
    const user = await createTestUser(db, tag, "deleted");
    await db.user.delete({ where: { id: user.id } });
    expect(await loadUserViewer(db, user.id, 0)).toBeNull();
    expect(await loadUserViewer(db, "no-such-id", 0)).toBeNull();
  });
});
