// The impact queries' rows (lib/dal/impact.ts), assembled into the report the pages render.
import type { Language, MetricDirection, MetricKind } from "@/lib/generated/prisma/enums";
import { impactLimits, type ImpactDimension, type ImpactDocumentRef, type ImpactGroup, type ImpactMeasure, type ImpactReport, type ListedMetric } from "@/lib/impact/report";
import { isMedian, measureKey } from "@/lib/impact/units";

export interface MeasureRow {
  kind: MetricKind;
  currency: string;
  noun: string;
  value: number;
  metrics: number;
  documents: number;
  improved: number;
  allMeasures: number;
}

export interface GroupRow {
  kind: MetricKind;
  currency: string;
  noun: string;
  key: string | null;
  value: number;
  metrics: number;
  documents: number;
  allGroups: number;
  topDocuments: ImpactDocumentRef[];
}

export interface ListedRow extends Omit<ListedMetric, "direction" | "document"> {
  direction: MetricDirection;
  document: { slug: string; title: string; language: Language };
  total: number;
}

const sameMeasure = (a: Pick<MeasureRow, "kind" | "currency" | "noun">, b: Pick<MeasureRow, "kind" | "currency" | "noun">) =>
  a.kind === b.kind && a.currency === b.currency && a.noun === b.noun;

// Years read oldest first, like a time axis; other breakdowns keep the largest first.
function orderGroups(dimension: ImpactDimension, groups: ImpactGroup[]): ImpactGroup[] {
  if (dimension !== "year") return groups;
  return [...groups].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : Number(a.key) - Number(b.key)));
}

function toMeasure(dimension: ImpactDimension, row: MeasureRow, groupRows: GroupRow[], names: Map<string, string>): ImpactMeasure {
  const unit = { kind: row.kind, currency: row.kind === "MONEY" ? row.currency : null, unit: row.noun };
  const mine = groupRows.filter((group) => sameMeasure(group, row));
  const groups = mine.map(({ key, value, metrics, documents, topDocuments }) => ({
    key, name: key === null ? null : (names.get(key) ?? null), value, metrics, documents, topDocuments,
  }));
  return {
    ...unit,
    key: measureKey(unit) ?? row.kind,
    statistic: isMedian(row.kind) ? "median" : "sum",
    value: row.value,
    metrics: row.metrics,
    documents: row.documents,
    improved: row.kind === "PERCENT_CHANGE" ? row.improved : null,
    groups: orderGroups(dimension, groups),
    moreGroups: Math.max(0, (mine[0]?.allGroups ?? 0) - groups.length),
  };
}

export function toImpactReport(
  dimension: ImpactDimension, documents: number, measures: MeasureRow[], groups: GroupRow[], listed: ListedRow[], names: Map<string, string>,
): ImpactReport {
  return {
    dimension,
    documents,
    measures: measures.map((row) => toMeasure(dimension, row, groups, names)),
    moreMeasures: Math.max(0, (measures[0]?.allMeasures ?? 0) - measures.length),
    listed: listed.map(({ total: _total, ...row }) => row),
    moreListed: Math.max(0, (listed[0]?.total ?? 0) - listed.length),
  };
}

export { impactLimits };
