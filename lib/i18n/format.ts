// Locale-aware labels that come from data rather than from the message catalogs.
import { REGIONAL } from "@/lib/domain/countries";
import type { Locale } from "./routing";

export function localizedName(item: { nameEn: string; nameEs: string }, locale: Locale): string {
  return locale === "es" ? item.nameEs : item.nameEn;
}

export function localizedDescription(item: { descriptionEn: string; descriptionEs: string }, locale: Locale): string {
  return locale === "es" ? item.descriptionEs : item.descriptionEn;
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** "CO" -> "Colombia"; "REGIONAL" -> the catalog's label; unknown codes stay as they are. */
export function countryName(code: string, locale: Locale, regionalLabel: string): string {
  if (code === REGIONAL) return regionalLabel;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

