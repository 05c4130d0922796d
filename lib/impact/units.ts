// The impact metrics' unit vocabulary. A metric says what it measures (its kind) so that results
// add up across documents: money per currency, counts per counted noun, people, hectares,
// tonnes and kilometres are summed; percentages are summarized by their median, since adding
// rates means nothing; a free-text unit (OTHER) is listed and never added up.
import { MetricDirection, MetricKind } from "@/lib/generated/prisma/enums";

export { MetricDirection, MetricKind };

export const metricKinds = Object.values(MetricKind);
export const metricDirections = Object.values(MetricDirection);

/** Kinds whose values are added up. */
export const summedKinds: readonly MetricKind[] = ["MONEY", "COUNT", "PEOPLE", "HECTARES", "TONNES", "KILOMETERS"];
/** Kinds summarized by their median. */
export const medianKinds: readonly MetricKind[] = ["PERCENT", "PERCENT_CHANGE"];

export const isSummed = (kind: MetricKind) => summedKinds.includes(kind);
export const isMedian = (kind: MetricKind) => medianKinds.includes(kind);
/** The kinds whose unit is free text the author types: what is counted, or the whole unit. */
export const hasTextUnit = (kind: MetricKind) => kind === "COUNT" || kind === "OTHER";

/** Offered first in the editor: the coalition's two currencies, then the region's and the common ones. */
export const commonCurrencies = ["USD", "COP", "EUR", "GBP", "CAD", "MXN", "BRL", "PEN", "PAB", "VES", "CLP", "ARS"];

const knownCurrencies = new Set<string>(Intl.supportedValuesOf("currency"));
/** An ISO 4217 code that this runtime can format. */
export const isCurrency = (code: string) => /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code);

/** A metric's unit, as stored: the kind, a currency for MONEY, and the text unit for COUNT and OTHER. */
export interface MetricUnit {
  kind: MetricKind;
  currency: string | null;
  unit: string;
}

// Metrics entered before the vocabulary had only a free-text unit. These units are read as the
// kind they name; the migration 20261208090000_metric_units maps the same table in SQL, and a
// test checks the two agree. Anything else stays OTHER, listed with its unit.
export const legacyUnitKinds: Readonly<Record<string, MetricKind>> = {
  "%": "PERCENT",
  people: "PEOPLE", personas: "PEOPLE", participants: "PEOPLE", participantes: "PEOPLE",
  ha: "HECTARES", hectares: "HECTARES", "hectáreas": "HECTARES", hectareas: "HECTARES",
  t: "TONNES", tonnes: "TONNES", tons: "TONNES", toneladas: "TONNES",
  km: "KILOMETERS", kilometres: "KILOMETERS", kilometers: "KILOMETERS", "kilómetros": "KILOMETERS",
  ...Object.fromEntries(
    [
      "cases", "casos", "incidents", "incidentes", "households", "hogares", "familias", "firms", "companies",
      "organizations", "institutions", "municipalities", "municipios", "vessels", "containers", "ports", "rings",
      "cells", "reports", "interviews", "transfers", "officers", "usuarios", "proyectos", "productores", "veredas",
      "medidas", "lideresas", "hospitales", "estudiantes", "dragas", "ciudades", "centros", "alertas",
    ].map((noun) => [noun, "COUNT" as MetricKind]),
  ),
};

/** The kind a legacy free-text unit names (see legacyUnitKinds). */
export function fromLegacyUnit(raw: string): MetricUnit {
  const unit = raw.trim();
  if (commonCurrencies.includes(unit)) return { kind: "MONEY", currency: unit, unit: "" };
  const kind = legacyUnitKinds[unit.toLowerCase()] ?? "OTHER";
  return { kind, currency: null, unit: hasTextUnit(kind) ? unit : "" };
}

/**
 * The group a metric's value adds up in: one per kind, per currency for money and per counted
 * noun (case-insensitive) for counts. OTHER has none: it is never added up.
 */
export function measureKey(metric: MetricUnit): string | null {
  if (metric.kind === "OTHER") return null;
  if (metric.kind === "MONEY") return `MONEY:${metric.currency ?? ""}`;
  if (metric.kind === "COUNT") return `COUNT:${metric.unit.trim().toLowerCase()}`;
  return metric.kind;
}
