import { describe, expect, it } from "vitest";
import {
  accountAlreadyExists,
  invitation,
  passwordChanged,
  resetPassword,
  signInLink,
  verifyEmail,
  type MailLocale,
  type RenderedMail,
} from "./index";

const url = "https://puente.example/auth/verify?token=abc&next=/es";
const hostile = "<script>x</script>";

// Every template, rendered with the same link so shared expectations can run over all of them.
const render: Record<string, (locale: MailLocale, link: string) => RenderedMail> = {
  verifyEmail: (locale, link) => verifyEmail(locale, { name: "Ana", url: link }),
  accountAlreadyExists: (locale, link) => accountAlreadyExists(locale, { signInUrl: link, resetUrl: "https://puente.example/reset" }),
  signInLink: (locale, link) => signInLink(locale, { url: link, expiresMinutes: 15 }),
  resetPassword: (locale, link) => resetPassword(locale, { url: link, expiresMinutes: 60 }),
  passwordChanged: (locale, link) => passwordChanged(locale, { resetUrl: link }),
  invitation: (locale, link) => invitation(locale, { inviterName: "Ana", organizationName: "ProColombia", url: link, expiresDays: 7 }),
};

describe.each(Object.entries(render))("%s", (_name, renderTemplate) => {
  it.each(["en", "es"] as const)("in %s: has a subject, the link in text and as a real <a>, the lang and the footer", (locale) => {
    const mail = renderTemplate(locale, url);
    expect(mail.subject.length).toBeGreaterThan(0);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`<a href="https://puente.example/auth/verify?token=abc&amp;next=/es"`);
    expect(mail.html).toContain(`<html lang="${locale}">`);
    const footer = locale === "es" ? "Coalición de Alineación Estratégica Estados Unidos–Colombia" : "US–Colombia Strategic Alignment Coalition";
    expect(mail.text).toContain(footer);
    expect(mail.html).toContain(footer);
  });

  it("differs between English and Spanish", () => {
    expect(renderTemplate("es", url).subject).not.toBe(renderTemplate("en", url).subject);
  });

  it('escapes a URL carrying " and & in href and in the visible link', () => {
    const mail = renderTemplate("en", 'https://puente.example/x?a=1&b="><img src=x onerror=alert(1)>');
    expect(mail.html).not.toContain('"><img');
    expect(mail.html).toContain('href="https://puente.example/x?a=1&amp;b=&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it("refuses a non-http(s) link", () => {
    expect(() => renderTemplate("en", "javascript:alert(1)")).toThrow(/http/);
  });
});

describe("user-typed names", () => {
  it("are escaped in the HTML of verifyEmail and kept as typed in the text", () => {
    const mail = verifyEmail("es", { name: hostile, url });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(mail.text).toContain(hostile);
  });

  it("are escaped in invitation (inviter and organization), including the <title>", () => {
    const mail = invitation("en", { inviterName: hostile, organizationName: `"Org" & <b>`, url, expiresDays: 1 });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).toContain("&quot;Org&quot; &amp; &lt;b&gt;");
    expect(mail.text).toContain("1 day.");
  });

  it("cannot inject a header line through the subject", () => {
    const mail = invitation("en", { inviterName: "Ana\r\nBcc: x@example.org", organizationName: null, url, expiresDays: 7 });
    expect(mail.subject).toBe("Ana Bcc: x@example.org invited you to join Puente");
  });
});

describe("accountAlreadyExists", () => {
  it("offers sign-in and password reset, and names no one", () => {
    const mail = accountAlreadyExists("es", { signInUrl: url, resetUrl: "https://puente.example/es/reset" });
    expect(mail.text).toContain("https://puente.example/es/reset");
    expect(mail.html).toContain('href="https://puente.example/es/reset"');
    expect(mail.text).not.toMatch(/Hola|Hello/);
  });
});

describe("invitation", () => {
  it("reads naturally without an organization", () => {
    expect(invitation("es", { inviterName: "Ana", organizationName: null, url, expiresDays: 3 }).subject).toBe(
      "Ana le invita a unirse a Puente",
    );
  });
});
