// Password reset by emailed link, against the real database and the dev mailbox.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, deleteTagged, emailFor, linkInMailTo, mailsTo, newTag, TEST_PASSWORD, urlsIn } from "@/lib/testing/accounts";
import { completePasswordReset, requestPasswordReset, resetLimits } from "./password-reset";
import { checkPasswordSignIn, signInLimits } from "./password-sign-in";
import type { LinkContext } from "./registration";
import { isTokenValid } from "./tokens";

const tag = newTag("pr");
let ipCounter = 0;
const freshIp = () => `ip-${tag}-${++ipCounter}`;
const en: LinkContext = { origin: "https://puente.example", locale: "en" };
const es: LinkContext = { origin: "https://puente.example", locale: "es" };
const NEW_PASSWORD = "a brand new passphrase 2026";

/** Asks for a reset and runs what the action leaves for after its answer; returns the answer. */
async function request(email: string, link = en, ip = freshIp()) {
  const result = await requestPasswordReset(db, { email, ip }, link);
  if (!result.ok) return result;
  await result.afterResponse();
  return { ok: result.ok };
}
const signIn = (email: string, password: string) => checkPasswordSignIn(db, { email, password, ip: freshIp() });
const userRow = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, emailVerified: true } });

/** Requests a reset for `email` and returns the token from the mailed link. */
async function resetToken(email: string, link = en): Promise<string> {
  expect(await request(email, link)).toEqual({ ok: true });
  const mails = await mailsTo(db, email);
  const url = urlsIn(mails.at(-1)!).find((candidate) => candidate.pathname.endsWith("/reset-password"));
  return url!.searchParams.get("token")!;
}

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("requestPasswordReset", () => {
  it("answers ok for an unknown email and sends nothing", async () => {
    const email = emailFor(tag, "unknown");
    expect(await request(email)).toEqual({ ok: true });
    expect(await mailsTo(db, email)).toEqual([]);
    expect(await db.verificationToken.count({ where: { identifier: `reset-password:${email}` } })).toBe(0);
  });

  it("issues no link and mails nothing before answering: that is left for after the answer", async () => {
    const user = await createTestUser(db, tag, "after-answer");
    const answer = await requestPasswordReset(db, { email: user.email, ip: freshIp() }, en);
    expect(await mailsTo(db, user.email)).toEqual([]);
    expect(await db.verificationToken.count({ where: { identifier: `reset-password:${user.email}` } })).toBe(0);
    await (answer as { afterResponse: () => Promise<void> }).afterResponse();
    expect((await mailsTo(db, user.email)).map((mail) => mail.subject)).toEqual(["Reset your Puente password"]);
  });

  it("answers ok for a deactivated account and sends nothing", async () => {
    const user = await createTestUser(db, tag, "inactive", { active: false });
    expect(await request(user.email)).toEqual({ ok: true });
    expect(await mailsTo(db, user.email)).toEqual([]);
  });

  it("mails a real account a one-hour link to the reset page", async () => {
    const user = await createTestUser(db, tag, "real");
    expect(await request(user.email)).toEqual({ ok: true });
    const [mail, ...rest] = await mailsTo(db, user.email);
    expect(rest).toEqual([]);
    expect(mail!.subject).toBe("Reset your Puente password");
    expect(mail!.text).toContain("60 minutes");
    const url = await linkInMailTo(db, user.email, "/reset-password");
    expect(`${url.origin}${url.pathname}`).toBe("https://puente.example/en/reset-password");
    expect(url.searchParams.get("email")).toBe(user.email);
    expect(await isTokenValid(db, "reset-password", user.email, url.searchParams.get("token")!)).toBe(true);
    // A reset token is not a verification token.
    expect(await isTokenValid(db, "verify-email", user.email, url.searchParams.get("token")!)).toBe(false);
  });

  it("writes in Spanish for locale es", async () => {
    const user = await createTestUser(db, tag, "es");
    await request(user.email, es);
    expect((await mailsTo(db, user.email))[0]!.subject).toBe("Restablezca su contraseña de Puente");
    expect((await linkInMailTo(db, user.email, "/reset-password")).pathname).toBe("/es/reset-password");
  });

  it(`limits requests to ${resetLimits.account.max} an hour per account, counting unknown emails too`, async () => {
    const user = await createTestUser(db, tag, "limited");
    const unknown = emailFor(tag, "limited-unknown");
    for (const email of [user.email, unknown]) {
      for (let i = 0; i < resetLimits.account.max; i++) expect(await request(email)).toEqual({ ok: true });
      const limited = await request(email);
      expect(limited).toMatchObject({ ok: false, reason: "rate_limited" });
      expect((limited as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(await mailsTo(db, user.email)).toHaveLength(resetLimits.account.max);
  });

  it(`limits requests to ${resetLimits.ip.max} an hour per address`, async () => {
    const ip = freshIp();
    for (let i = 0; i < resetLimits.ip.max; i++) expect(await request(emailFor(tag, `ip-${i}`), en, ip)).toEqual({ ok: true });
    const user = await createTestUser(db, tag, "ip-over");
    expect(await request(user.email, en, ip)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await mailsTo(db, user.email)).toEqual([]);
  });
});

describe("completePasswordReset", () => {
  it("sets the new password, ends sessions, mails a notice, and works only once", async () => {
    const user = await createTestUser(db, tag, "complete");
    const before = await userRow(user.id);
    const token = await resetToken(user.email);

    expect(await completePasswordReset(db, { email: user.email, token, password: NEW_PASSWORD }, en)).toBe(true);

    const after = await userRow(user.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.emailVerified).toEqual(before.emailVerified);
    expect(await signIn(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);

    const notice = (await mailsTo(db, user.email)).at(-1)!;
    expect(notice.subject).toBe("Your Puente password was changed");
    expect(urlsIn(notice).map((url) => url.href)).toEqual(["https://puente.example/en/forgot-password"]);

    expect(await completePasswordReset(db, { email: user.email, token, password: "yet another passphrase" }, en)).toBe(false);
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
    expect((await userRow(user.id)).sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("rejects a wrong token, a token for another email, and changes nothing", async () => {
    const user = await createTestUser(db, tag, "wrong-token");
    const other = await createTestUser(db, tag, "other");
    const token = await resetToken(user.email);
    const before = await userRow(user.id);
    const mailCount = (await mailsTo(db, user.email)).length;

    expect(await completePasswordReset(db, { email: user.email, token: `${token}x`, password: NEW_PASSWORD }, en)).toBe(false);
    expect(await completePasswordReset(db, { email: other.email, token, password: NEW_PASSWORD }, en)).toBe(false);
    expect(await userRow(user.id)).toEqual(before);
    expect((await signIn(other.email, TEST_PASSWORD)).ok).toBe(true);
    expect(await mailsTo(db, user.email)).toHaveLength(mailCount);
    // The real token still works afterwards.
    expect(await completePasswordReset(db, { email: user.email, token, password: NEW_PASSWORD }, en)).toBe(true);
  });

  it("rejects an expired token", async () => {
    const user = await createTestUser(db, tag, "expired");
    const token = await resetToken(user.email);
    await db.verificationToken.updateMany({ where: { identifier: `reset-password:${user.email}` }, data: { expires: new Date(Date.now() - 1000) } });
    const before = await userRow(user.id);
    expect(await isTokenValid(db, "reset-password", user.email, token)).toBe(false);
    expect(await completePasswordReset(db, { email: user.email, token, password: NEW_PASSWORD }, en)).toBe(false);
    expect(await userRow(user.id)).toEqual(before);
  });

  it("accepts only the latest link when several were requested", async () => {
    const user = await createTestUser(db, tag, "latest");
    const first = await resetToken(user.email);
    const second = await resetToken(user.email);
    expect(await completePasswordReset(db, { email: user.email, token: first, password: NEW_PASSWORD }, en)).toBe(false);
    expect(await completePasswordReset(db, { email: user.email, token: second, password: NEW_PASSWORD }, en)).toBe(true);
  });

  it("refuses an account deactivated after the link was sent", async () => {
    const user = await createTestUser(db, tag, "deactivated-later");
    const token = await resetToken(user.email);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    const before = await userRow(user.id);
    expect(await completePasswordReset(db, { email: user.email, token, password: NEW_PASSWORD }, en)).toBe(false);
    expect(await userRow(user.id)).toEqual(before);
  });

  it("verifies an unverified email (the link proves the address)", async () => {
    const user = await createTestUser(db, tag, "unverified", { verified: false });
    const token = await resetToken(user.email);
    expect(await completePasswordReset(db, { email: user.email, token, password: NEW_PASSWORD }, en)).toBe(true);
    expect((await userRow(user.id)).emailVerified).toBeInstanceOf(Date);
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
  });

  it("forgives failed sign-ins: the new password works at once", async () => {
    const user = await createTestUser(db, tag, "locked");
    for (let i = 0; i < signInLimits.account.freeFailures; i++) await signIn(user.email, "wrong");
    expect(await signIn(user.email, TEST_PASSWORD)).toMatchObject({ ok: false, reason: "slowed" });
    const token = await resetToken(user.email);
    expect(await completePasswordReset(db, { email: user.email, token, password: NEW_PASSWORD }, es)).toBe(true);
    expect((await signIn(user.email, NEW_PASSWORD)).ok).toBe(true);
    expect((await mailsTo(db, user.email)).at(-1)!.subject).toBe("Su contraseña de Puente ha cambiado");
  });
});
