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

/**
 * Impact metric values: "USD" and other ISO currency codes as money, "%" as a percentage,
 * anything else as a number followed by its unit ("15 rings").
 */
export function formatMetricValue(value: number, unit: string, locale: Locale): string {
  if (/^[A-Z]{3}$/.test(unit)) {
    try {
      return new Intl.NumberFormat(locale, { style: "currency", currency: unit, maximumFractionDigits: 0 }).format(value);
    } catch {
      // Not a currency Intl knows: fall through to number + unit.
    }
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (unit === "%") return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value / 100);
  return unit ? `${number} ${unit}` : number;
}
