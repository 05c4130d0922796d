// The shape of an impact report: the viewer's readable published results, added up per
// measure (lib/impact/units.ts) and broken down by one dimension. Built by lib/dal/impact.ts.
import type { Language, MetricDirection, MetricKind } from "@/lib/generated/prisma/enums";

export const impactDimensions = ["year", "country", "sector", "organization"] as const;
export type ImpactDimension = (typeof impactDimensions)[number];

/** Bounds on what one report carries, whatever the size of the hub. */
export const impactLimits = { measures: 12, groups: 24, documentsPerGroup: 3, listed: 50 } as const;

export interface ImpactDocumentRef {
  slug: string;
  title: string;
  language: Language;
}

export interface ImpactGroup {
  /** The year, country code, sector or organization id; null when the documents do not say. */
  key: string | null;
  /** The organization's name (organization dimension only). */
  name: string | null;
  value: number;
  metrics: number;
  documents: number;
  /** The documents behind the figure, largest contribution first (at most documentsPerGroup). */
  topDocuments: ImpactDocumentRef[];
}

export interface ImpactMeasure {
  key: string;
  kind: MetricKind;
  currency: string | null;
  /** What is counted, for COUNT measures. */
  unit: string;
  /** Money, counts and quantities add up; percentages are summarized by their median. */
  statistic: "sum" | "median";
  value: number;
  metrics: number;
  documents: number;
  /** Percent changes: how many moved in their better direction (the median is of that improvement). */
  improved: number | null;
  groups: ImpactGroup[];
  /** Groups beyond impactLimits.groups, left out. */
  moreGroups: number;
}

export interface ListedMetric {
  label: string;
  value: number;
  unit: string;
  direction: MetricDirection;
  year: number | null;
  document: ImpactDocumentRef;
}

export interface ImpactReport {
  dimension: ImpactDimension;
  /** Readable published documents in scope that report at least one result. */
  documents: number;
  measures: ImpactMeasure[];
  /** Measures beyond impactLimits.measures, left out. */
  moreMeasures: number;
  /** Results with a free-text unit: listed, never added up. */
  listed: ListedMetric[];
  moreListed: number;
}
