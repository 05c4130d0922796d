// What changed between two revision snapshots, field by field, for the history page.
// Text is compared line by line first and word by word only inside the changed lines, with
// caps on both, so two unrelated 200,000-character bodies still diff in well under a second.
import { diffArrays, diffWordsWithSpace, type ChangeObject } from "diff";
import type { DocumentSnapshot } from "./snapshot";

/** Runs of unchanged lines are replaced by a "collapsed" marker, keeping this many lines around changes. */
const contextLines = 3;
// Myers' algorithm costs about edits² / 2 steps. Every diff of one comparison draws its edit
// limit from a shared budget (edits², ≈ 0.2 s of work), so no input can make it slow; past a
// limit, changed lines are shown as removed and added wholesale.
const workBudget = 4_000_000;
const maxLineEdits = 1_000;
const maxWordEdits = 500;
const maxPairedLines = 1_000;

export type TextSegment = { kind: "same" | "added" | "removed"; text: string } | { kind: "collapsed"; lines: number };
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

/** Lines of a text, each with its "\n" (the last may have none). */
const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

type Run = { kind: "same" | "added" | "removed"; lines: string[] };
/** What is left of the work budget, in edits²; one per comparison. */
type DiffBudget = { steps: number };
const newBudget = (): DiffBudget => ({ steps: workBudget });

/** Runs a diff with an edit limit the budget can afford, and charges what it cost. */
function withinBudget<T>(budget: DiffBudget, cap: number, run: (maxEditLength: number) => ChangeObject<T>[] | undefined) {
  const limit = Math.min(cap, Math.floor(Math.sqrt(Math.max(budget.steps, 0))));
  if (limit < 1) return undefined;
  const changes = run(limit);
  const edits = changes ? changes.reduce((n, c) => n + (c.added || c.removed ? c.count : 0), 0) : limit;
  budget.steps -= edits * edits;
  return changes;
}

/** A word-level diff of two texts, unchanged lines far from any change collapsed. */
export function diffText(before: string, after: string, budget = newBudget()): TextSegment[] {
  const a = splitLines(before), b = splitLines(after);
  // Trimming the common ends first keeps the usual case (a few edits in a long text) linear.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const [midA, midB] = [a.slice(start, endA), b.slice(start, endB)];
  const lines = withinBudget(budget, maxLineEdits, (maxEditLength) => diffArrays(midA, midB, { maxEditLength }));
  const middle: Run[] = lines?.map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", lines: c.value }))
    ?? [{ kind: "removed", lines: midA }, { kind: "added", lines: midB }];
  const runs: Run[] = [{ kind: "same", lines: a.slice(0, start) }, ...middle, { kind: "same", lines: a.slice(endA) }];

  const out: TextSegment[] = [];
  let removed = "", added = "";
  runs.forEach((run, i) => {
    if (run.kind === "removed") removed += run.lines.join("");
    else if (run.kind === "added") added += run.lines.join("");
    else if (run.lines.length > 0) {
      diffBlock(removed, added, out, budget);
      [removed, added] = ["", ""];
      pushSame(run.lines, i === 0, i === runs.length - 1, out);
    }
  });
  diffBlock(removed, added, out, budget);
  return out;
}

function push(out: TextSegment[], kind: "same" | "added" | "removed", text: string) {
  const last = out.at(-1);
  if (last?.kind === kind) last.text += text;
  else if (text) out.push({ kind, text });
}

const pushChange = (out: TextSegment[], removed: string, added: string) => {
  push(out, "removed", removed);
  push(out, "added", added);
};

function pushSame(lines: string[], first: boolean, last: boolean, out: TextSegment[]) {
  const head = first ? 0 : contextLines; // context after the previous change
  const tail = last ? 0 : contextLines; // context before the next change
  const hidden = lines.length - head - tail;
  // A marker for a single line would take as much room as the line.
  if (hidden < 2) return push(out, "same", lines.join(""));
  push(out, "same", lines.slice(0, head).join(""));
  out.push({ kind: "collapsed", lines: hidden });
  push(out, "same", lines.slice(lines.length - tail).join(""));
}

/** Changed lines word by word; if too different as a whole, line by line when they pair up one to one. */
function diffBlock(removed: string, added: string, out: TextSegment[], budget: DiffBudget) {
  const words = diffWords(removed, added, budget);
  if (words) return pushWords(words, out);
  const [linesA, linesB] = [splitLines(removed), splitLines(added)];
  if (linesA.length < 2 || linesA.length !== linesB.length || linesA.length > maxPairedLines) {
    return pushChange(out, removed, added);
  }
  // Unrelated lines are gathered so that a rewritten stretch reads as one block.
  let pendingA = "", pendingB = "";
  linesA.forEach((lineA, i) => {
    const lineB = linesB[i]!;
    const lineWords = diffWords(lineA, lineB, budget);
    if (lineWords) {
      pushChange(out, pendingA, pendingB);
      [pendingA, pendingB] = ["", ""];
      pushWords(lineWords, out);
    } else {
      pendingA += lineA;
      pendingB += lineB;
    }
  });
  pushChange(out, pendingA, pendingB);
}

/**
 * Word changes, or undefined when over budget or when long texts share too little (under a
 * third) to read as an edit rather than as a rewrite. Short ones always read well word by word.
 */
function diffWords(a: string, b: string, budget: DiffBudget) {
  if (!a || !b) return undefined;
  const words = withinBudget(budget, maxWordEdits, (maxEditLength) => diffWordsWithSpace(a, b, { maxEditLength }));
  const kept = words?.reduce((n, w) => n + (w.added || w.removed ? 0 : w.value.trim().length), 0) ?? 0;
  const shorter = Math.min(a.length, b.length);
  return shorter <= 120 || kept * 3 >= shorter ? words : undefined;
}

function pushWords(words: ChangeObject<string>[], out: TextSegment[]) {
  // Spaces shared between two changed words would split "-a b c +x y z" into alternating
  // fragments; folding them into the change reads as one replaced phrase.
  let removed = "", added = "";
  words.forEach((word, i) => {
    if (word.removed) removed += word.value;
    else if (word.added) added += word.value;
    else if ((removed || added) && i + 1 < words.length && /^\s+$/.test(word.value)) {
      removed += word.value;
      added += word.value;
    } else {
      pushChange(out, removed, added);
      [removed, added] = ["", ""];
      push(out, "same", word.value);
    }
  });
  pushChange(out, removed, added);
}

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
const rowKey = (m: MetricRow) => [m.label.trim(), decimal(m.value), m.unit.trim(), m.year ?? ""].join("\u0000");

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
