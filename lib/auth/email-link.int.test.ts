// Passwordless sign-in links: sent only to active accounts, in the language of the page the
// link returns to.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, deleteTagged, emailFor, mailsTo, newTag, urlsIn } from "@/lib/testing/accounts";
import { localeOfCallback, onOrigin, sendSignInLink as send } from "./email-link";

const tag = newTag("el");
const origin = "https://puente.example";

/** A link as Auth.js builds it for the Nodemailer provider. */
function authLink(email: string, callbackUrl?: string): string {
  const params = new URLSearchParams({ ...(callbackUrl !== undefined && { callbackUrl }), token: "abc123token", email });
  return `${origin}/api/auth/callback/nodemailer?${params}`;
}
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);
const sendSignInLink = (database: typeof db, link: Parameters<typeof send>[1]) => send(database, link, origin);

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("localeOfCallback", () => {
  it.each([
    [`${origin}/es/documents?page=2`, "es"],
    ["/es/account", "es"],
    ["/es", "es"],
    [`${origin}/en/documents`, "en"],
    ["/en", "en"],
    ["/fr/documents", "en"],
    ["/espanol/x", "en"],
    ["/documents/es", "en"],
    ["", "en"],
  ])("callbackUrl %j gives %s", (callbackUrl, locale) => {
    expect(localeOfCallback(authLink("a@example.org", callbackUrl))).toBe(locale);
  });

  it("defaults to English without a callbackUrl", () => {
    expect(localeOfCallback(authLink("a@example.org"))).toBe("en");
  });
});

describe("onOrigin", () => {
  it("moves a link built from a forged Host header to the configured origin, its return page to a path", () => {
    const forged = `http://evil.example/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: "http://evil.example/es/account?tab=1", token: "t0k", email: "a@example.org" })}`;
    const link = new URL(onOrigin(forged, "http://localhost:3000/"));
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.pathname).toBe("/api/auth/callback/nodemailer");
    expect(Object.fromEntries(link.searchParams)).toEqual({ callbackUrl: "/es/account?tab=1", token: "t0k", email: "a@example.org" });
    expect(localeOfCallback(link.href)).toBe("es");
  });

  it("keeps a path callbackUrl, and an origin with a path", () => {
    const link = onOrigin(`${origin}/api/auth/callback/nodemailer?callbackUrl=%2Fen&token=x&email=a%40b.org`, "https://example.org/puente");
    expect(link).toBe("https://example.org/puente/api/auth/callback/nodemailer?callbackUrl=%2Fen&token=x&email=a%40b.org");
  });
});

describe("sendSignInLink", () => {
  it("mails the link on the configured origin, whatever host Auth.js built it on", async () => {
    const user = await createTestUser(db, tag, "forged-host");
    const forged = `http://evil.example/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: "http://evil.example/en", token: "abc123token", email: user.email })}`;
    await send(db, { email: user.email, url: forged, expires: inMinutes(15) }, "http://127.0.0.1:3000");
    const [mail] = await mailsTo(db, user.email);
    const links = urlsIn(mail!);
    expect(links.map((u) => u.origin)).toEqual(["http://127.0.0.1:3000"]);
    expect(links[0]!.searchParams.get("callbackUrl")).toBe("/en");
    expect(mail!.text + mail!.html).not.toContain("evil.example");
  });


  it("mails an active account the link, saying how long it lasts", async () => {
    const user = await createTestUser(db, tag, "active");
    const url = authLink(user.email, `${origin}/en/documents`);
    await sendSignInLink(db, { email: user.email, url, expires: inMinutes(15) });
    const [mail, ...rest] = await mailsTo(db, user.email);
    expect(rest).toEqual([]);
    expect(mail!.subject).toBe("Your Puente sign-in link");
    expect(mail!.text).toContain("15 minutes");
    expect(urlsIn(mail!).map((u) => u.href)).toContain(`${origin}/api/auth/callback/nodemailer?${new URLSearchParams({ callbackUrl: "/en/documents", token: "abc123token", email: user.email })}`);
    expect(mail!.html).toContain("abc123token");
  });

  it("writes in Spanish when the link returns to a Spanish page", async () => {
    const user = await createTestUser(db, tag, "spanish");
    await sendSignInLink(db, { email: user.email, url: authLink(user.email, `${origin}/es/account`), expires: inMinutes(15) });
    const [mail] = await mailsTo(db, user.email);
    expect(mail!.subject).toBe("Su enlace para iniciar sesión en Puente");
    expect(mail!.text).toContain("15 minutos");
  });

  it("sends nothing for an unknown email", async () => {
    const email = emailFor(tag, "unknown");
    await sendSignInLink(db, { email, url: authLink(email, "/en"), expires: inMinutes(15) });
    expect(await mailsTo(db, email)).toEqual([]);
  });

  it("sends nothing for a deactivated account", async () => {
    const user = await createTestUser(db, tag, "deactivated", { active: false });
    await sendSignInLink(db, { email: user.email, url: authLink(user.email, "/en"), expires: inMinutes(15) });
    expect(await mailsTo(db, user.email)).toEqual([]);
  });

  it("finds the account whatever the case of the email", async () => {
    const user = await createTestUser(db, tag, "mixed-case");
    const typed = user.email.toUpperCase();
    await sendSignInLink(db, { email: typed, url: authLink(typed, "/en"), expires: inMinutes(15) });
    expect(await db.mailMessage.count({ where: { to: { equals: user.email, mode: "insensitive" } } })).toBe(1);
  });

  it("says at least one minute for a link about to expire", async () => {
    const user = await createTestUser(db, tag, "short");
    await sendSignInLink(db, { email: user.email, url: authLink(user.email, "/en"), expires: new Date(Date.now() + 5_000) });
    expect((await mailsTo(db, user.email))[0]!.text).toContain("valid for 1 minutes");
  });
});
