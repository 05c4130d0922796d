import { isLocale, type Locale } from "@/lib/i18n/routing";
import { hasForbiddenCharacters } from "./text";

/**
 * Where to go after signing in: only a path on this site (no "//host" or "https://..."),
 * else the home page in the current language. Prevents open redirects through the link.
 */
export function safeCallbackPath(value: unknown, locale: Locale): string {
  if (typeof value !== "string" || value.length > 500 || hasForbiddenCharacters(value) || /[\t\n\r]/.test(value)) return `/${locale}`;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return `/${locale}`;
  const first = value.split("/")[1]?.split(/[?#]/)[0] ?? "";
  return isLocale(first) ? value : `/${locale}${value}`;
}
