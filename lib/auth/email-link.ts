// Sends the passwordless sign-in link Auth.js generated. Links go only to active accounts:
// for any other address nothing is sent, while the page still says "check your email", so the
// form does not reveal which addresses have accounts.
import type { Database } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { sendMail } from "@/lib/mail/mailer";
import { signInLink } from "@/lib/mail/templates";

/** The language of the page the link returns to (its callbackUrl starts with /en or /es). */
export function localeOfCallback(url: string): Locale {
  const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
  const path = URL.canParse(callback) ? new URL(callback).pathname : callback;
  const first = path.split("/")[1] ?? "";
  return isLocale(first) ? first : "en";
}

/**
 * Auth.js builds the link from its own base URL, which follows the request's Host and
 * X-Forwarded-Host headers unless AUTH_URL is set. Whoever asks for the link chooses those:
 * put the link, and the page it returns to, on the configured origin instead. The callbackUrl
 * becomes a path, which Auth.js resolves against the site the link is opened on.
 */
export function onOrigin(authLink: string, origin: string): string {
  const link = new URL(authLink);
  const callback = link.searchParams.get("callbackUrl");
  if (callback && URL.canParse(callback)) {
    const target = new URL(callback);
    link.searchParams.set("callbackUrl", `${target.pathname}${target.search}`);
  }
  return `${origin.replace(/\/+$/, "")}${link.pathname}${link.search}`;
}

export async function sendSignInLink(db: Database, link: { email: string; url: string; expires: Date }, origin: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: link.email.toLowerCase() }, select: { active: true } });
  if (!user?.active) return;
  const expiresMinutes = Math.max(1, Math.round((link.expires.getTime() - Date.now()) / 60_000));
  const url = onOrigin(link.url, origin);
  await sendMail({ to: link.email, ...signInLink(localeOfCallback(link.url), { url, expiresMinutes }) });
}
