// A path that starts with a language code Puente does not serve (/fr/focus-areas, /pt-BR/…):
// next-intl would treat the code as a page and send the visitor to /en/fr/focus-areas, a 404.
// Recognized here so the proxy can drop it and negotiate the locale as for a path without one.
import { isLocale, type Locale } from "./routing";

const languageTag = /^([a-z]{2})(?:-([a-z]{2}|\d{3}))?$/i;
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

export interface ForeignLocalePrefix {
  /** The rest of the path, starting with "/" ("/" when nothing follows). */
  rest: string;
  /** One of ours when the code is a regional variant of it (es-CO → es); otherwise null. */
  locale: Locale | null;
}

/** The unknown language prefix of a pathname, or null (ours, or not a language code at all). */
export function foreignLocalePrefix(pathname: string): ForeignLocalePrefix | null {
  const [, first = "", ...rest] = pathname.split("/");
  const match = languageTag.exec(first);
  if (!match || isLocale(first)) return null;
  const base = match[1]!.toLowerCase();
  // Only real language codes: /go or /ok stay ordinary (unknown) paths.
  if (languageNames.of(base) === undefined) return null;
  return { rest: `/${rest.join("/")}`, locale: isLocale(base) ? base : null };
}
