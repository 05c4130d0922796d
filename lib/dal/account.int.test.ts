// The signed-in user's own account: profile, password change and signing out everywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPasswordSignIn } from "@/lib/auth/password-sign-in";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/policies/viewer";
import { createTestOrganization, createTestUser, deleteTagged, newTag, rejectionOf, TEST_PASSWORD, viewerOf } from "@/lib/testing/accounts";
import { changePassword, getAccount, signOutEverywhere, updateProfile } from "./account";
import { loadUserSession, loadUserViewer } from "./viewers";

const tag = newTag("ac");
const anonymous: Viewer = { kind: "anonymous" };
const NEW_PASSWORD = "another strong passphrase 77";
let ipCounter = 0;
const signIn = (email: string, password: string) => checkPasswordSignIn(db, { email, password, ip: `ip-${tag}-${++ipCounter}` });
const row = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, name: true, locale: true, emailFeedback: true } });

function expectAppError(error: unknown, code: string, message: string) {
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code, message });
}

let orgSlug: string;
beforeAll(async () => {
  orgSlug = (await createTestOrganization(db, tag, "org")).slug;
});

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("getAccount and the session profile", () => {
  it("return the viewer's own account without the password hash", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { slug: orgSlug } });
    const user = await createTestUser(db, tag, "me", { name: "Mia", role: "CONTRIBUTOR", memberships: [{ organizationId: org.id, role: "ADMIN" }] });
    const viewer = await viewerOf(db, user.id);
    const account = await getAccount(viewer);
    expect(account).toMatchObject({ id: user.id, email: user.email, name: "Mia", role: "CONTRIBUTOR", hasPassword: true, reviewerAreas: [] });
    expect(account.memberships).toEqual([{ role: "ADMIN", organization: { name: org.name, slug: org.slug } }]);
    expect(account).not.toHaveProperty("passwordHash");
    expect((await loadUserSession(db, user.id, 0))?.profile).toEqual({ name: "Mia", email: user.email });
  });

  it("say whether the account has a password", async () => {
    const user = await createTestUser(db, tag, "sso-only", { password: null });
    expect((await getAccount(await viewerOf(db, user.id))).hasPassword).toBe(false);
  });

  it("need a signed-in viewer", async () => {
    expectAppError(await rejectionOf(getAccount(anonymous)), "UNAUTHORIZED", "sign_in_required");
    expect(await loadUserSession(db, "no-such-user", 0)).toBeNull();
  });
});

describe("updateProfile", () => {
  it("changes the viewer's name and language, and nobody else's", async () => {
    const user = await createTestUser(db, tag, "profile", { name: "Before" });
    const other = await createTestUser(db, tag, "profile-other", { name: "Other" });
    await updateProfile(await viewerOf(db, user.id), { name: "After", locale: "es", emailFeedback: false });
    expect(await row(user.id)).toMatchObject({ name: "After", locale: "es", emailFeedback: false, sessionVersion: 0 });
    expect(await row(other.id)).toMatchObject({ name: "Other", locale: null, emailFeedback: true });
    expectAppError(await rejectionOf(updateProfile(anonymous, { name: "X", locale: "en", emailFeedback: true })), "UNAUTHORIZED", "sign_in_required");
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const user = await createTestUser(db, tag, "wrong-current");
    const before = await row(user.id);
    const error = await rejectionOf(changePassword(await viewerOf(db, user.id), { currentPassword: "not it", password: NEW_PASSWORD }));
    expectAppError(error, "UNPROCESSABLE", "current_password_wrong");
    expect(await row(user.id)).toEqual(before);
    expect((await signIn(user.email, TEST_PASSWORD)).ok).toBe(true);
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(false);
  });

  it("with the right current password, sets the new one and ends every session", async () => {
    const user = await createTestUser(db, tag, "changer");
    const before = await row(user.id);
    await changePassword(await viewerOf(db, user.id), { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD });
    const after = await row(user.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await loadUserViewer(db, user.id, before.sessionVersion)).toBeNull();
    expect(await signIn(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
  });

  it("refuses an account without a password whatever is given as current", async () => {
    const user = await createTestUser(db, tag, "no-password", { password: null });
    const viewer = await viewerOf(db, user.id);
    expectAppError(await rejectionOf(changePassword(viewer, { currentPassword: "", password: NEW_PASSWORD })), "UNPROCESSABLE", "current_password_wrong");
    expect((await row(user.id)).passwordHash).toBeNull();
  });

  it("needs a signed-in viewer", async () => {
    expectAppError(await rejectionOf(changePassword(anonymous, { currentPassword: "x", password: NEW_PASSWORD })), "UNAUTHORIZED", "sign_in_required");
  });
});

describe("signOutEverywhere", () => {
  it("raises the session version, voiding the current and every earlier session", async () => {
    const user = await createTestUser(db, tag, "everywhere");
    const viewer = await viewerOf(db, user.id);
    await signOutEverywhere(viewer);
    expect((await row(user.id)).sessionVersion).toBe(1);
    expect(await loadUserViewer(db, user.id, 0)).toBeNull();
    await signOutEverywhere(viewer);
    expect((await row(user.id)).sessionVersion).toBe(2);
    expect(await loadUserViewer(db, user.id, 1)).toBeNull();
    expect((await loadUserViewer(db, user.id, 2))?.id).toBe(user.id);
    // The password still works for a new session.
    expect((await signIn(user.email, TEST_PASSWORD)).ok).toBe(true);
    expectAppError(await rejectionOf(signOutEverywhere(anonymous)), "UNAUTHORIZED", "sign_in_required");
  });
});
