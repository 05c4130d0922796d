// The words of an impact report in the reader's language, shared by the pages and the CSV
// download, so a chart, its table and its file name each figure the same way.
import { createTranslator } from "next-intl";
import enEnums from "@/lib/i18n/messages/en/enums.json";
import enImpact from "@/lib/i18n/messages/en/impact.json";
import esEnums from "@/lib/i18n/messages/es/enums.json";
import esImpact from "@/lib/i18n/messages/es/impact.json";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { Sector } from "@/lib/generated/prisma/enums";
import { formatMetric } from "./format";
import type { ImpactDimension, ImpactGroup, ImpactMeasure } from "./report";

const messages = { en: { ...enImpact, ...enEnums }, es: { ...esImpact, ...esEnums } } as const;

export function impactLabels(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "Impact" });
  const tEnums = createTranslator({ locale, messages: messages[locale], namespace: "Enums" });
  const measureTitle = (m: Pick<ImpactMeasure, "kind" | "currency" | "unit">) =>
    m.kind === "OTHER" ? m.unit : t(`measure.${m.kind}`, { currency: m.currency ?? "", noun: m.unit });
  const groupLabel = (dimension: ImpactDimension, group: Pick<ImpactGroup, "key" | "name">) => {
    if (group.key === null) return t(`unknown.${dimension}`);
    if (dimension === "country") return countryName(group.key, locale, tEnums("regional"));
    if (dimension === "sector") return tEnums(`sector.${group.key as Sector}`);
    if (dimension === "organization") return group.name ?? t("unknown.organization");
    return group.key;
  };
  const value = (m: Pick<ImpactMeasure, "kind" | "currency" | "unit">, v: number, compact = false) => formatMetric(v, m, locale, { compact });

  /** One or two sentences that say what the chart shows, for screen readers and the page. */
  const summary = (m: ImpactMeasure, dimension: ImpactDimension) => {
    const counts = { measure: measureTitle(m), metrics: m.metrics, documents: m.documents };
    const parts = [
      m.statistic === "sum" ? t("sumSummary", { ...counts, total: value(m, m.value) }) : t("medianSummary", { ...counts, value: value(m, m.value) }),
    ];
    if (m.improved !== null) parts.push(t("improvedSummary", { improved: m.improved, metrics: m.metrics }));
    const top = [...m.groups].sort((a, b) => b.value - a.value)[0];
    if (top && m.groups.length > 1) parts.push(t("topSummary", { dimension: t(`dimension.${dimension}`), group: groupLabel(dimension, top), value: value(m, top.value) }));
    return parts.join(" ");
  };
  return { t, tEnums, measureTitle, groupLabel, value, summary };
}

export type ImpactLabels = ReturnType<typeof impactLabels>;
