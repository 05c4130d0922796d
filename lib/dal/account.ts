import "server-only";
import { verifyPassword, hashPassword } from "@/lib/auth/password-hash";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Language } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policies/viewer";
import { requireUser } from "./guards";

export async function getAccount(viewer: Viewer) {
  const user = requireUser(viewer);
  return db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      emailFeedback: true,
      passwordHash: true,
      memberships: { select: { role: true, organization: { select: { name: true, slug: true } } }, orderBy: { createdAt: "asc" } },
      reviewerAreas: { select: { focusArea: { select: { slug: true, nameEn: true, nameEs: true } } } },
    },
  }).then(({ passwordHash, ...account }) => ({ ...account, hasPassword: passwordHash !== null }));
}

export type Account = Awaited<ReturnType<typeof getAccount>>;

export async function updateProfile(viewer: Viewer, input: { name: string; locale: Language; emailFeedback: boolean }): Promise<void> {
  const user = requireUser(viewer);
  await db.user.update({ where: { id: user.id }, data: { name: input.name, locale: input.locale, emailFeedback: input.emailFeedback } });
}

/** Changes the password after checking the current one; other sessions end. */
export async function changePassword(viewer: Viewer, input: { currentPassword: string; password: string }): Promise<void> {
  const user = requireUser(viewer);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) throw new AppError("UNPROCESSABLE", "current_password_wrong");
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
  });
}

/** Ends every session of the viewer, this one included. */
export async function signOutEverywhere(viewer: Viewer): Promise<void> {
  const user = requireUser(viewer);
  await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
}
