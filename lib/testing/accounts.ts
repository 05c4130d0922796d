// Fixtures for the account and administration tests: users (with a password, memberships,
// reviewer areas), organizations and focus areas named after a random tag, the dev-mailbox
// mail sent to them, and a cleanup that removes everything carrying the tag. The integration
// files share one database with the seeded demo content, so each file works only on its tag.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password-hash";
import type { Database } from "@/lib/db/client";
import type { MailMessage } from "@/lib/generated/prisma/client";
import type { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";
import { loadUserViewer } from "@/lib/dal/viewers";
import type { UserViewer } from "@/lib/policies/viewer";

export const TEST_PASSWORD = "correct horse battery staple 42";
const EMAIL_DOMAIN = "accounts.test";

/** A short random tag, lowercase letters and digits (safe in emails and slugs). */
export const newTag = (prefix = "t") => `${prefix}${randomBytes(4).toString("hex")}`;

export const emailFor = (tag: string, key: string) => `${tag}-${key}@${EMAIL_DOMAIN}`;

export interface TestUserOptions {
  name?: string;
  /** Defaults to TEST_PASSWORD; null for an account without a password. */
  password?: string | null;
  role?: UserRole;
  verified?: boolean;
  active?: boolean;
  memberships?: { organizationId: string; role: MembershipRole }[];
  reviewerFocusAreaIds?: string[];
}

export interface TestUser {
  id: string;
  email: string;
  password: string | null;
}

export async function createTestUser(db: Database, tag: string, key: string, options: TestUserOptions = {}): Promise<TestUser> {
  const email = emailFor(tag, key);
  const password = options.password === undefined ? TEST_PASSWORD : options.password;
  const user = await db.user.create({
    data: {
      email,
      name: options.name ?? key,
      passwordHash: password === null ? null : await hashPassword(password),
      role: options.role ?? "MEMBER",
      active: options.active ?? true,
      emailVerified: options.verified === false ? null : new Date(),
      memberships: { create: options.memberships ?? [] },
      reviewerAreas: { create: (options.reviewerFocusAreaIds ?? []).map((focusAreaId) => ({ focusAreaId })) },
    },
    select: { id: true },
  });
  return { id: user.id, email, password };
}

export async function createTestOrganization(db: Database, tag: string, key: string) {
  return db.organization.create({
    data: { name: `Org ${key} ${tag}`, slug: `${tag}-${key}`, country: "CO", sector: "CIVIL_SOCIETY" },
    select: { id: true, slug: true, name: true },
  });
}

export async function createTestFocusArea(db: Database, tag: string, key: string) {
  return db.focusArea.create({
    data: { slug: `${tag}-${key}`, nameEn: key, nameEs: key, descriptionEn: "", descriptionEs: "" },
    select: { id: true },
  });
}

/** The viewer a fresh session of this user would get (current session version). */
export async function viewerOf(db: Database, userId: string): Promise<UserViewer> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const viewer = await loadUserViewer(db, userId, sessionVersion);
  if (!viewer) throw new Error(`user ${userId} has no viewer (deactivated?)`);
  return viewer;
}

/** Dev-mailbox messages to `to`, oldest first. */
export const mailsTo = (db: Database, to: string): Promise<MailMessage[]> =>
  db.mailMessage.findMany({ where: { to }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** Every http(s) URL in a mail's plain text, in order. */
export const urlsIn = (mail: Pick<MailMessage, "text">): URL[] => (mail.text.match(/https?:\/\/\S+/g) ?? []).map((url) => new URL(url));

/** The only mail to `to` (fails if there is not exactly one). */
export async function onlyMailTo(db: Database, to: string): Promise<MailMessage> {
  const mails = await mailsTo(db, to);
  if (mails.length !== 1) throw new Error(`expected exactly one mail to ${to}, found ${mails.length}`);
  return mails[0]!;
}

/** The first link in the only mail to `to` whose path ends with `pathSuffix`. */
export async function linkInMailTo(db: Database, to: string, pathSuffix: string): Promise<URL> {
  const mail = await onlyMailTo(db, to);
  const url = urlsIn(mail).find((candidate) => candidate.pathname.endsWith(pathSuffix));
  if (!url) throw new Error(`no ${pathSuffix} link in mail to ${to}:\n${mail.text}`);
  return url;
}

/**
 * Removes everything made under `tag`: users and their memberships, invitations, mail,
 * tokens and rate-limit counters for their emails, then organizations and focus areas.
 */
export async function deleteTagged(db: Database, tag: string): Promise<void> {
  const emailPrefix = `${tag}-`;
  await db.invitation.deleteMany({ where: { email: { startsWith: emailPrefix } } });
  await db.mailMessage.deleteMany({ where: { to: { startsWith: emailPrefix, mode: "insensitive" } } });
  await db.verificationToken.deleteMany({ where: { identifier: { contains: emailPrefix } } });
  await db.rateLimit.deleteMany({ where: { key: { contains: tag } } });
  await db.user.deleteMany({ where: { email: { startsWith: emailPrefix } } });
  await db.organization.deleteMany({ where: { slug: { startsWith: emailPrefix } } });
  await db.focusArea.deleteMany({ where: { slug: { startsWith: emailPrefix } } });
}
export { rejectionOf } from "./expect-errors";
