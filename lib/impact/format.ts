// An impact figure in the reader's language: money in its currency, percentages as such (a
// change with its sign), hectares and kilometres with Intl's units, people, tonnes and counts
// with their word. Compact form ("$1.2M") is for chart axes, where space is short.
import type { Locale } from "@/lib/i18n/routing";
import type { MetricUnit } from "./units";

type Options = { compact?: boolean };

const people = { en: { one: "person", other: "people" }, es: { one: "persona", other: "personas" } } as const;

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions, { compact }: Options) {
  return new Intl.NumberFormat(locale, compact ? { ...options, notation: "compact", maximumFractionDigits: 1 } : options);
}

export function formatMetric(value: number, metric: Pick<MetricUnit, "kind" | "currency" | "unit">, locale: Locale, options: Options = {}): string {
  const plain = numberFormat(locale, { maximumFractionDigits: 2 }, options);
  switch (metric.kind) {
    case "MONEY":
      try {
        const fraction = Number.isInteger(value) ? 0 : 2;
        return numberFormat(locale, { style: "currency", currency: metric.currency ?? "", minimumFractionDigits: fraction, maximumFractionDigits: fraction }, options).format(value);
      } catch {
        return `${plain.format(value)} ${metric.currency ?? ""}`.trim();
      }
    case "PERCENT":
      return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }, options).format(value / 100);
    case "PERCENT_CHANGE":
      return numberFormat(locale, { style: "percent", maximumFractionDigits: 2, signDisplay: "exceptZero" }, options).format(value / 100);
    case "HECTARES":
      return numberFormat(locale, { style: "unit", unit: "hectare", maximumFractionDigits: 2 }, options).format(value);
    case "KILOMETERS":
      return numberFormat(locale, { style: "unit", unit: "kilometer", maximumFractionDigits: 2 }, options).format(value);
    case "TONNES":
      return `${plain.format(value)} t`;
    case "PEOPLE":
      return `${plain.format(value)} ${people[locale][new Intl.PluralRules(locale).select(value) === "one" ? "one" : "other"]}`;
    default:
      return metric.unit ? `${plain.format(value)} ${metric.unit}` : plain.format(value);
  }
}
