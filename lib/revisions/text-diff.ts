// Word-level diff of two texts for the history page. Text is compared line by line first and
// word by word only inside the changed lines, with a shared work budget, so two unrelated
// 200,000-character bodies still diff in well under a second.
import { diffArrays, diffWordsWithSpace, type ChangeObject } from "diff";

export type TextSegment = { kind: "same" | "added" | "removed"; text: string } | { kind: "collapsed"; lines: number };

/** Runs of unchanged lines are replaced by a "collapsed" marker, keeping this many lines around changes. */
const contextLines = 3;
// Myers' algorithm costs about edits² / 2 steps. Every diff of one comparison draws its edit
// limit from a shared budget (edits², ≈ 0.2 s of work), so no input can make it slow; past a
// limit, changed lines are shown as removed and added wholesale.
const workBudget = 4_000_000;
const maxLineEdits = 1_000;
const maxWordEdits = 500;
const maxPairedLines = 1_000;

/** Lines of a text, each with its "\n" (the last may have none). */
const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

type Run = { kind: "same" | "added" | "removed"; lines: string[] };
/** What is left of the work budget, in edits²; one per comparison. */
export type DiffBudget = { steps: number };
export const newBudget = (): DiffBudget => ({ steps: workBudget });

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
