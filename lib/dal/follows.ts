import "server-only";
// A member's follows. Only the member reads or changes them (every query names their id); a
// subscription of someone else answers NOT_FOUND. Following needs a confirmed address, since
// digests are mail. The unsubscribe link works without signing in: its key is the proof.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { canonicalSearch, targetColumns, type DigestFrequency, type FollowTarget } from "@/lib/digests/targets";
import { followedSelect } from "@/lib/digests/describe";
import { nextDueAt } from "@/lib/digests/schedule";
import { AppError, notFoundError } from "@/lib/errors";
import type { Viewer } from "@/lib/policies/viewer";
import { FOLLOWS_MAX, type FollowInput } from "@/lib/validation/follows";
import { requireUser } from "./guards";

function requireConfirmed(viewer: Viewer) {
  const user = requireUser(viewer);
  if (!user.verified) throw new AppError("FORBIDDEN", "follow_needs_confirmed_email");
  return user;
}

/** The target as stored; a focus area or organization that does not exist answers NOT_FOUND. */
async function resolveTarget(input: FollowInput): Promise<FollowTarget> {
  switch (input.kind) {
    case "FOCUS_AREA":
      if (!(await db.focusArea.count({ where: { id: input.focusAreaId } }))) throw notFoundError();
      return { kind: "FOCUS_AREA", focusAreaId: input.focusAreaId };
    case "ORGANIZATION":
      if (!(await db.organization.count({ where: { id: input.organizationId } }))) throw notFoundError();
      return { kind: "ORGANIZATION", organizationId: input.organizationId };
    case "TAG":
      return { kind: "TAG", tag: input.tag };
    case "SEARCH":
      return { kind: "SEARCH", search: canonicalSearch(input.search) };
  }
}

/** Follows the target (or changes how often, when already followed). */
export async function follow(viewer: Viewer, input: FollowInput, now: Date = new Date()): Promise<{ id: string; created: boolean }> {
  const user = requireConfirmed(viewer);
  const target = await resolveTarget(input);
  const columns = targetColumns(target);
  const existing = await db.subscription.findUnique({ where: { userId_targetKey: { userId: user.id, targetKey: columns.targetKey } }, select: { id: true } });
  if (existing) {
    await setFrequency(viewer, existing.id, input.frequency, now);
    return { id: existing.id, created: false };
  }
  if ((await db.subscription.count({ where: { userId: user.id } })) >= FOLLOWS_MAX) throw new AppError("UNPROCESSABLE", "too_many_follows");
  try {
    const created = await db.subscription.create({
      data: { ...columns, userId: user.id, frequency: input.frequency, unsubscribeKey: randomBytes(24).toString("base64url"), since: now, nextDueAt: nextDueAt(input.frequency, now), createdAt: now },
      select: { id: true },
    });
    return { id: created.id, created: true };
  } catch (error) {
    // The same follow from another tab at the same moment: it exists, which is what was asked.
    if (!isUniqueViolation(error)) throw error;
    return { id: (await db.subscription.findUniqueOrThrow({ where: { userId_targetKey: { userId: user.id, targetKey: columns.targetKey } } })).id, created: false };
  }
}

export async function setFrequency(viewer: Viewer, subscriptionId: string, frequency: DigestFrequency, now: Date = new Date()): Promise<void> {
  const user = requireUser(viewer);
  const { count } = await db.subscription.updateMany({ where: { id: subscriptionId, userId: user.id }, data: { frequency, nextDueAt: nextDueAt(frequency, now) } });
  if (count === 0) throw notFoundError();
}

export async function unfollow(viewer: Viewer, subscriptionId: string): Promise<void> {
  const user = requireUser(viewer);
  const { count } = await db.subscription.deleteMany({ where: { id: subscriptionId, userId: user.id } });
  if (count === 0) throw notFoundError();
}

/** The one-click unsubscribe: true when the key was this subscription's (and it is gone now). */
export async function unsubscribeWithKey(subscriptionId: string, key: string): Promise<boolean> {
  const row = await db.subscription.findUnique({ where: { id: subscriptionId }, select: { unsubscribeKey: true } });
  const given = Buffer.from(key);
  const stored = Buffer.from(row?.unsubscribeKey ?? "");
  if (!row || given.length !== stored.length || !timingSafeEqual(given, stored)) return false;
  await db.subscription.deleteMany({ where: { id: subscriptionId } });
  return true;
}

/** Whether the viewer follows the target, for the follow buttons. */
export async function findFollow(viewer: Viewer, target: FollowTarget): Promise<{ id: string; frequency: DigestFrequency } | null> {
  if (viewer.kind !== "user") return null;
  const key = targetColumns(target.kind === "SEARCH" ? { kind: "SEARCH", search: canonicalSearch(target.search) } : target).targetKey;
  return db.subscription.findUnique({ where: { userId_targetKey: { userId: viewer.id, targetKey: key } }, select: { id: true, frequency: true } });
}

/** The viewer's follows, newest first, with what they name. */
export async function listFollows(viewer: Viewer) {
  const user = requireUser(viewer);
  return db.subscription.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, kind: true, frequency: true, createdAt: true, ...followedSelect },
  });
}
