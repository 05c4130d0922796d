// The words of the API's error answers: the message of each code comes from the same catalog
// the forms use (Errors.* in lib/i18n/messages/{en,es}/errors.json), in the language the
// request asks for: a `locale` query parameter, else Accept-Language, else English.
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en/errors.json";
import es from "@/lib/i18n/messages/es/errors.json";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "Errors" }),
  es: createTranslator({ locale: "es", messages: es, namespace: "Errors" }),
} satisfies Record<Locale, unknown>;

/** The first supported language of an Accept-Language header, by quality then order. */
function fromAcceptLanguage(header: string): Locale | undefined {
  const ranked = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale);
}

export function apiLocale(request: Request): Locale {
  const param = new URL(request.url).searchParams.get("locale");
  if (param && isLocale(param)) return param;
  return fromAcceptLanguage(request.headers.get("accept-language") ?? "") ?? routing.defaultLocale;
}

/** A code the catalog does not know is answered with the general message for its status. */
const fallbackByStatus: Record<number, string> = { 400: "bad_request", 404: "not_found", 409: "conflict", 422: "fix_fields" };

export type MessageValues = Record<string, string | number>;

export function hasErrorMessage(locale: Locale, code: string): boolean {
  return translators[locale].has(code as never);
}

export function errorMessage(locale: Locale, code: string, status: number, values: MessageValues = {}): string {
  const t = translators[locale];
  const key = hasErrorMessage(locale, code) ? code : (fallbackByStatus[status] ?? "unexpected");
  return t(key as never, values as never);
}

export interface ApiFieldError {
  code: string;
  message: string;
}

export function localizeFieldErrors(locale: Locale, fieldErrors: Record<string, string[]>): Record<string, ApiFieldError[]> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, codes]) => [field, codes.map((code) => ({ code, message: errorMessage(locale, code, 422) }))]),
  );
}
