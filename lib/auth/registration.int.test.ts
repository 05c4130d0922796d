// Sign-up and email verification against the real database and the dev mailbox.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, deleteTagged, emailFor, linkInMailTo, mailsTo, newTag, onlyMailTo, urlsIn } from "@/lib/testing/accounts";
import { checkPasswordSignIn } from "./password-sign-in";
import { confirmEmail, resendVerification, sendVerificationEmail, signUp, signUpLimits, type LinkContext } from "./registration";
import { hashToken } from "./tokens";

const tag = newTag("su");
let ipCounter = 0;
const freshIp = () => `ip-${tag}-${++ipCounter}`;
const en: LinkContext = { origin: "https://puente.example", locale: "en" };
const es: LinkContext = { origin: "https://puente.example", locale: "es" };
const PASSWORD = "a long enough sign-up passphrase";
/** Signs up and runs what the action leaves for after its answer; returns the answer. */
async function register(email: string, link = en, ip = freshIp(), name = "New Person") {
  const result = await signUp(db, { name, email, password: PASSWORD, ip }, link);
  if (!result.ok) return result;
  await result.afterResponse();
  return { ok: result.ok };
}

/** The email and token of a verify-email link. */
function verifyParams(url: URL) {
  return { email: url.searchParams.get("email") ?? "", token: url.searchParams.get("token") ?? "" };
}

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("signUp", () => {
  it("creates an unverified member with an argon2id hash and mails a verification link", async () => {
    const email = emailFor(tag, "new");
    expect(await register(email, en, freshIp(), "Nora New")).toEqual({ ok: true });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Nora New", role: "MEMBER", active: true, emailVerified: null, locale: "en" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);

    const mail = await onlyMailTo(db, email);
    expect(mail.subject).toBe("Confirm your email address for Puente");
    const url = await linkInMailTo(db, email, "/verify-email");
    expect(url.origin).toBe("https://puente.example");
    expect(url.pathname).toBe("/en/verify-email");
    expect(url.searchParams.get("email")).toBe(email);
    expect(url.searchParams.get("token")!.length).toBeGreaterThanOrEqual(32);
    // Until the address is confirmed, the password does not sign in.
    expect(await checkPasswordSignIn(db, { email, password: PASSWORD, ip: freshIp() })).toEqual({ ok: false, reason: "unverified" });
  });

  it("creates nothing and mails nothing before answering: that is left for after the answer", async () => {
    const email = emailFor(tag, "after-answer");
    const existing = await createTestUser(db, tag, "after-answer-existing");
    const answers = [await signUp(db, { name: "Later", email, password: PASSWORD, ip: freshIp() }, en), await signUp(db, { name: "Later", email: existing.email, password: PASSWORD, ip: freshIp() }, en)];
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect([...(await mailsTo(db, email)), ...(await mailsTo(db, existing.email))]).toEqual([]);
    for (const answer of answers) await (answer as { afterResponse: () => Promise<void> }).afterResponse();
    expect((await onlyMailTo(db, email)).subject).toBe("Confirm your email address for Puente");
    expect((await onlyMailTo(db, existing.email)).subject).toBe("You already have a Puente account");
  });

  it("creates one account when two sign-ups for the same new email finish together; the other gets 'already exists'", async () => {
    const email = emailFor(tag, "twice");
    const answers = await Promise.all([1, 2].map(() => signUp(db, { name: "Twin", email, password: PASSWORD, ip: freshIp() }, en)));
    await Promise.all(answers.map((answer) => (answer as { afterResponse: () => Promise<void> }).afterResponse()));
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await mailsTo(db, email)).map((mail) => mail.subject).sort()).toEqual(["Confirm your email address for Puente", "You already have a Puente account"]);
  });

  it("confirms the address from the link exactly once; a wrong token or another email does nothing", async () => {
    const email = emailFor(tag, "confirm");
    await register(email);
    const { token } = verifyParams(await linkInMailTo(db, email, "/verify-email"));

    expect(await confirmEmail(db, { email, token: `${token}x` })).toBe(false);
    expect(await confirmEmail(db, { email: emailFor(tag, "new"), token })).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeNull();

    expect(await confirmEmail(db, { email, token })).toBe(true);
    const verifiedAt = (await db.user.findUniqueOrThrow({ where: { email } })).emailVerified;
    expect(verifiedAt).toBeInstanceOf(Date);
    expect(await confirmEmail(db, { email, token })).toBe(false);
    expect((await checkPasswordSignIn(db, { email, password: PASSWORD, ip: freshIp() })).ok).toBe(true);
  });

  it("rejects an expired verification link", async () => {
    const email = emailFor(tag, "expired");
    await register(email);
    const { token } = verifyParams(await linkInMailTo(db, email, "/verify-email"));
    await db.verificationToken.updateMany({ where: { identifier: `verify-email:${email}` }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await confirmEmail(db, { email, token })).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeNull();
  });

  it("answers the same for an existing email, changes nothing, and mails the owner instead", async () => {
    const existing = await createTestUser(db, tag, "existing", { name: "Old Name" });
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const usersBefore = await db.user.count();

    expect(await register(existing.email, en, freshIp(), "Impostor")).toEqual({ ok: true });

    expect(await db.user.count()).toBe(usersBefore);
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(before);
    expect(await db.verificationToken.count({ where: { identifier: `verify-email:${existing.email}` } })).toBe(0);
    const mail = await onlyMailTo(db, existing.email);
    expect(mail.subject).toBe("You already have a Puente account");
    expect(mail.text).not.toContain("Impostor");
    expect(urlsIn(mail).map((url) => url.href)).toEqual(["https://puente.example/en/sign-in", "https://puente.example/en/forgot-password"]);
  });

  it("writes to Spanish speakers in Spanish, with /es links", async () => {
    const email = emailFor(tag, "nuevo");
    await register(email, es);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe("es");
    expect((await onlyMailTo(db, email)).subject).toBe("Confirme su correo electrónico en Puente");
    expect((await linkInMailTo(db, email, "/verify-email")).pathname).toBe("/es/verify-email");

    const existing = await createTestUser(db, tag, "existente");
    await register(existing.email, es);
    const mail = await onlyMailTo(db, existing.email);
    expect(mail.subject).toBe("Ya tiene una cuenta en Puente");
    expect(urlsIn(mail).map((url) => url.pathname)).toEqual(["/es/sign-in", "/es/forgot-password"]);
  });

  it(`limits attempts per email to ${signUpLimits.email.max} an hour, from any address, for new and existing emails`, async () => {
    const email = emailFor(tag, "limited");
    for (let i = 0; i < signUpLimits.email.max; i++) expect(await register(email)).toEqual({ ok: true });
    const limited = await register(email);
    expect(limited).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((limited as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // One verification mail for the first attempt, "already exists" for the next ones, none when limited.
    expect((await mailsTo(db, email)).map((mail) => mail.subject)).toEqual([
      "Confirm your email address for Puente",
      ...Array(signUpLimits.email.max - 1).fill("You already have a Puente account"),
    ]);
  });

  it(`limits sign-ups per address to ${signUpLimits.ip.max} an hour`, async () => {
    const ip = freshIp();
    for (let i = 0; i < signUpLimits.ip.max; i++) expect(await register(emailFor(tag, `ip-${i}`), en, ip)).toEqual({ ok: true });
    const email = emailFor(tag, "ip-over");
    expect(await register(email, en, ip)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await mailsTo(db, email)).toEqual([]);
    expect(await register(email)).toEqual({ ok: true });
  });
});

describe("verification links", () => {
  it("stores only a hash of the token, and a new link replaces the earlier one", async () => {
    const user = await createTestUser(db, tag, "relink", { verified: false, name: "Relink" });
    await sendVerificationEmail(db, { email: user.email, name: "Relink" }, en);
    await sendVerificationEmail(db, { email: user.email, name: "Relink" }, en);
    const [first, second] = (await mailsTo(db, user.email)).map((mail) => verifyParams(urlsIn(mail)[0]!).token);
    expect(first).not.toBe(second);

    const rows = await db.verificationToken.findMany({ where: { identifier: `verify-email:${user.email}` } });
    expect(rows.map((row) => row.token)).toEqual([hashToken(second!)]);
    expect(rows[0]!.token).not.toBe(second);

    expect(await confirmEmail(db, { email: user.email, token: first! })).toBe(false);
    expect(await confirmEmail(db, { email: user.email, token: second! })).toBe(true);
  });

  it("resends only to active, unverified accounts", async () => {
    const unverified = await createTestUser(db, tag, "resend", { verified: false });
    const verified = await createTestUser(db, tag, "resend-verified");
    const inactive = await createTestUser(db, tag, "resend-inactive", { verified: false, active: false });
    const unknown = emailFor(tag, "resend-unknown");
    for (const email of [unverified.email, verified.email, inactive.email, unknown]) await resendVerification(db, email, es);

    const mail = await onlyMailTo(db, unverified.email);
    expect(mail.subject).toBe("Confirme su correo electrónico en Puente");
    expect(await confirmEmail(db, verifyParams(urlsIn(mail)[0]!))).toBe(true);
    for (const email of [verified.email, inactive.email, unknown]) expect(await mailsTo(db, email)).toEqual([]);
  });

  it("resends at most 3 times an hour per email", async () => {
    const user = await createTestUser(db, tag, "resend-limit", { verified: false });
    for (let i = 0; i < 5; i++) await resendVerification(db, user.email, en);
    expect(await mailsTo(db, user.email)).toHaveLength(3);
  });
});
