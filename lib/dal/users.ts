import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/escape-like";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policies/viewer";
import { requireAdmin } from "./guards";

export const USERS_PAGE_SIZE = 20;

/** Ids come from URLs: anything that cannot be one of ours is simply not found. */
const idSchema = z.string().regex(/^[a-z0-9]{20,40}$/);

const userListSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  emailVerified: true,
  lastSignInAt: true,
  memberships: { select: { role: true, organization: { select: { name: true, slug: true } } } },
} satisfies Prisma.UserSelect;

export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof userListSelect }>;

export async function listUsers(viewer: Viewer, filters: { q?: string; role?: UserRole; page: number }) {
  requireAdmin(viewer);
  const conditions: Prisma.UserWhereInput[] = [];
  if (filters.q) {
    const q = escapeLike(filters.q);
    conditions.push({ OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] });
  }
  if (filters.role) conditions.push({ role: filters.role });
  const where = { AND: conditions };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({ where, orderBy: [{ email: "asc" }], skip: (filters.page - 1) * USERS_PAGE_SIZE, take: USERS_PAGE_SIZE, select: userListSelect }),
  ]);
  return { users, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export async function getUserForAdmin(viewer: Viewer, id: string) {
  requireAdmin(viewer);
  if (!idSchema.safeParse(id).success) throw notFoundError("User not found");
  const user = await db.user.findUnique({
    where: { id },
    select: { ...userListSelect, createdAt: true, reviewerAreas: { select: { focusAreaId: true } } },
  });
  if (!user) throw notFoundError("User not found");
  return user;
}

/**
 * Admins cannot change their own role or deactivate themselves: no one locks themselves out,
 * and since only another admin can demote an admin, at least one active admin always remains.
 */
async function assertOtherExistingUser(tx: Prisma.TransactionClient, viewerId: string, targetId: string) {
  if (viewerId === targetId) throw new AppError("CONFLICT", "cannot_change_self");
  const target = await tx.user.findUnique({ where: { id: targetId }, select: { role: true } });
  if (!target) throw notFoundError("User not found");
}

export async function setUserRole(viewer: Viewer, id: string, role: UserRole, reviewerFocusAreaIds: string[] = []): Promise<void> {
  const admin = requireAdmin(viewer);
  await db.$transaction(async (tx) => {
    await assertOtherExistingUser(tx, admin.id, id);
    await tx.user.update({ where: { id }, data: { role } });
    // Reviewer areas only mean something for reviewers; none means "all areas".
    await tx.reviewerFocusArea.deleteMany({ where: { userId: id } });
    if (role === "REVIEWER" && reviewerFocusAreaIds.length > 0) {
      await tx.reviewerFocusArea.createMany({ data: reviewerFocusAreaIds.map((focusAreaId) => ({ userId: id, focusAreaId })) });
    }
  });
}

/** Deactivating also voids every session the user holds; reactivating lets them sign in again. */
export async function setUserActive(viewer: Viewer, id: string, active: boolean): Promise<void> {
  const admin = requireAdmin(viewer);
  await db.$transaction(async (tx) => {
    await assertOtherExistingUser(tx, admin.id, id);
    await tx.user.update({ where: { id }, data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) } });
  });
}
