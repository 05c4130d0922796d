// What changed between two revision snapshots, field by field, for the history page.
// Text fields use the word-level diff in text-diff.ts.
import { diffText, newBudget, type DiffBudget, type TextSegment } from "./text-diff";
import type { DocumentSnapshot } from "./snapshot";


export type { TextSegment } from "./text-diff";
export type MetricRow = DocumentSnapshot["metrics"][number];

// In the editor's order; `satisfies` makes a new snapshot field fail to compile until it is placed here.
const fieldKinds = {
  title: "text", slug: "value", type: "value", language: "value", summary: "text", body: "text",
  problem: "text", approach: "text", outcomes: "text", lessonsLearned: "text", partners: "text", location: "text",
  abstract: "text", methodology: "text", doi: "value", url: "value",
  issuingBody: "text", periodStart: "value", periodEnd: "value",
  focusAreaIds: "list", countries: "list", sectors: "list", tags: "list", authorNames: "list", metrics: "metrics",
  publicationDate: "value", embargoUntil: "value", visibility: "value", organizationId: "value", attachmentIds: "list",
} as const satisfies Record<keyof DocumentSnapshot, "text" | "value" | "list" | "metrics">;

type Kinds = typeof fieldKinds;
type FieldsOf<K extends string> = { [F in keyof Kinds]: Kinds[F] extends K ? F : never }[keyof Kinds];
export type TextField = FieldsOf<"text">;
export type ValueField = FieldsOf<"value">;
export type ListField = FieldsOf<"list">;
export type SnapshotField = keyof Kinds;

export type TextChange = { kind: "text"; field: TextField; segments: TextSegment[] };
export type ValueChange = { kind: "value"; field: ValueField; before?: string; after?: string };
/** `reordered`: the entries both versions share are in a different order (focus areas and authors are ranked). */
export type ListChange = { kind: "list"; field: ListField; added: string[]; removed: string[]; reordered: boolean };
export type MetricsChange = {
  kind: "metrics"; field: "metrics"; added: MetricRow[]; removed: MetricRow[];
  changed: { before: MetricRow; after: MetricRow }[]; reordered: boolean;
};
export type FieldChange = TextChange | ValueChange | ListChange | MetricsChange;

/** The fields that differ between two snapshots, in the editor's order; missing and empty values are equal. */
export function diffSnapshots(before: DocumentSnapshot, after: DocumentSnapshot): FieldChange[] {
  const budget = newBudget();
  return (Object.keys(fieldKinds) as SnapshotField[]).flatMap((field) => diffField(field, before, after, budget) ?? []);
}

function diffField(field: SnapshotField, before: DocumentSnapshot, after: DocumentSnapshot, budget: DiffBudget): FieldChange | null {
  switch (fieldKinds[field]) {
    case "text": {
      const [a, b] = [cleanText(before[field]), cleanText(after[field])];
      return a === b ? null : { kind: "text", field: field as TextField, segments: diffText(a, b, budget) };
    }
    case "value": {
      const [a, b] = [cleanValue(before[field]), cleanValue(after[field])];
      return a === b ? null : { kind: "value", field: field as ValueField, before: a, after: b };
    }
    case "list": {
      const list = diffList(asList(before[field]), asList(after[field]));
      return list ? { kind: "list", field: field as ListField, ...list } : null;
    }
    case "metrics":
      return diffMetrics(before.metrics ?? [], after.metrics ?? []);
  }
}

// Old snapshots were written from form data: CRLF line ends and decomposed accents
// (e + U+0301) look identical to the reader, and jsdiff only knows precomposed letters.
const cleanText = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").normalize("NFC") : "");
const cleanValue = (v: unknown) => (v === undefined || v === null || v === "" ? undefined : String(v));
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Entries added and removed, counting duplicates; null when the lists are the same. */
function diffList(before: string[], after: string[]): Omit<ListChange, "kind" | "field"> | null {
  const [keptBefore, removed] = split(before, after), [keptAfter, added] = split(after, before);
  const reordered = keptBefore.some((item, i) => item !== keptAfter[i]);
  return added.length || removed.length || reordered ? { added, removed, reordered } : null;
}

/** Items also in `other` (first occurrences, as many as `other` has) and the rest. */
function split(items: string[], other: string[]): [string[], string[]] {
  const counts = new Map<string, number>();
  for (const item of other) counts.set(item, (counts.get(item) ?? 0) + 1);
  const kept: string[] = [], rest: string[] = [];
  for (const item of items) {
    const n = counts.get(item) ?? 0;
    counts.set(item, n - 1);
    (n > 0 ? kept : rest).push(item);
  }
  return [kept, rest];
}

// "15", "15.0" and "015.00" are the same amount (the database returns its own notation).
function decimal(value: string): string {
  const [, sign, int, frac] = /^(-?)0*(\d*?)(?:\.(\d*?)0*)?$/.exec(value.trim()) ?? [, "", value.trim()];
  const body = (int || "0") + (frac ? `.${frac}` : "");
  return body === "0" ? "0" : sign + body;
}

const labelKey = (m: MetricRow) => m.label.trim().toLowerCase();
const yearKey = (m: MetricRow) => `${labelKey(m)}\u0000${m.year ?? ""}`;
const rowKey = (m: MetricRow) =>
  [m.label.trim(), decimal(m.value), m.kind, m.currency ?? "", m.unit.trim(), m.direction, m.year ?? ""].join("\u0000");

/** Rows are matched identical first, then by label and year, then by label alone. */
function diffMetrics(before: MetricRow[], after: MetricRow[]): MetricsChange | null {
  const pairs: { i: number; j: number; same: boolean }[] = [];
  const usedA = new Set<number>(), usedB = new Set<number>();
  for (const [key, same] of [[rowKey, true], [yearKey, false], [labelKey, false]] as const) {
    before.forEach((row, i) => {
      if (usedA.has(i)) return;
      const j = after.findIndex((other, j) => !usedB.has(j) && key(other) === key(row));
      if (j < 0) return;
      usedA.add(i);
      usedB.add(j);
      pairs.push({ i, j, same });
    });
  }
  pairs.sort((p, q) => p.j - q.j);
  const changed = pairs.filter((p) => !p.same).map((p) => ({ before: before[p.i]!, after: after[p.j]! }));
  const added = after.filter((_, j) => !usedB.has(j));
  const removed = before.filter((_, i) => !usedA.has(i));
  const reordered = pairs.some((p, k) => k > 0 && p.i < pairs[k - 1]!.i);
  if (!changed.length && !added.length && !removed.length && !reordered) return null;
  return { kind: "metrics", field: "metrics", added, removed, changed, reordered };
}
