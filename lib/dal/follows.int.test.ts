// Follows against the real database: only a member with a confirmed address follows, each
// target once (a second follow changes how often), at most FOLLOWS_MAX, and nobody reads or
// changes another member's follows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { UserViewer, Viewer } from "@/lib/policies/viewer";
import { createTestFocusArea, createTestUser, newTag, viewerOf } from "@/lib/testing/accounts";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import { FOLLOWS_MAX } from "@/lib/validation/follows";
import { findFollow, follow, listFollows, setFrequency, unfollow } from "./follows";

const tag = newTag("fo");
let ana: UserViewer;
let ben: UserViewer;
let areaId: string;

beforeAll(async () => {
  ana = await viewerOf(db, (await createTestUser(db, tag, "ana", { password: null })).id);
  ben = await viewerOf(db, (await createTestUser(db, tag, "ben", { password: null })).id);
  areaId = (await createTestFocusArea(db, tag, "area")).id;
});
afterAll(async () => {
  await db.subscription.deleteMany({ where: { userId: { in: [ana.id, ben.id] } } });
  await db.user.deleteMany({ where: { id: { in: [ana.id, ben.id] } } });
  await db.focusArea.deleteMany({ where: { id: areaId } });
});

describe("follows", () => {
  it("follow a target once: following again changes how often", async () => {
    const first = await follow(ana, { kind: "FOCUS_AREA", focusAreaId: areaId, frequency: "DAILY" });
    expect(first.created).toBe(true);
    expect(await follow(ana, { kind: "FOCUS_AREA", focusAreaId: areaId, frequency: "WEEKLY" })).toEqual({ id: first.id, created: false });
    expect(await findFollow(ana, { kind: "FOCUS_AREA", focusAreaId: areaId })).toEqual({ id: first.id, frequency: "WEEKLY" });
    // A saved search is one subscription whatever the order of its parameters.
    const a = await follow(ana, { kind: "SEARCH", search: "type=REPORT&q=coca&country=CO", frequency: "DAILY" });
    const b = await follow(ana, { kind: "SEARCH", search: "q=coca&country=CO&type=REPORT&page=3", frequency: "DAILY" });
    expect(b).toEqual({ id: a.id, created: false });
    expect((await listFollows(ana)).map((row) => row.kind).sort()).toEqual(["FOCUS_AREA", "SEARCH"]);
  });

  it("answer NOT_FOUND for a focus area that does not exist and for another member's follow", async () => {
    await expectNotFound(follow(ana, { kind: "FOCUS_AREA", focusAreaId: "nope", frequency: "DAILY" }));
    const { id } = await follow(ana, { kind: "TAG", tag: `${tag}-x`, frequency: "DAILY" });
    await expectNotFound(setFrequency(ben, id, "WEEKLY"));
    await expectNotFound(unfollow(ben, id));
    expect(await findFollow(ben, { kind: "TAG", tag: `${tag}-x` })).toBeNull();
    await unfollow(ana, id);
    await expectNotFound(unfollow(ana, id));
  });

  it("refuse visitors and members whose address is not confirmed", async () => {
    const anonymous: Viewer = { kind: "anonymous" };
    await expectAppError(follow(anonymous, { kind: "TAG", tag: "aml", frequency: "DAILY" }), "UNAUTHORIZED", "sign_in_required");
    await expectAppError(follow({ ...ben, verified: false }, { kind: "TAG", tag: "aml", frequency: "DAILY" }), "FORBIDDEN", "follow_needs_confirmed_email");
  });

  it(`stop at ${FOLLOWS_MAX} follows`, async () => {
    await db.subscription.createMany({
      data: Array.from({ length: FOLLOWS_MAX }, (_, i) => ({ userId: ben.id, kind: "TAG" as const, targetKey: `tag:${tag}-${i}`, tag: `${tag}-${i}`, unsubscribeKey: `k${i}` })),
    });
    await expectAppError(follow(ben, { kind: "TAG", tag: `${tag}-one-more`, frequency: "DAILY" }), "UNPROCESSABLE", "too_many_follows");
    // Changing how often a follow comes is not a new follow.
    expect((await follow(ben, { kind: "TAG", tag: `${tag}-0`, frequency: "WEEKLY" })).created).toBe(false);
  });
});
