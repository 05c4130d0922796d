// The authorization matrix, written out by hand from the access rules of issue 3 (not derived
// from the code under test). Every document is owned by organization A, written by the
// "author" viewer (a contributor in A) and filed under one focus area, "own-area".
// A fourth word in a row's key is the state of edits waiting on a published document.
//   v view · e edit · s submit · w withdraw (from review) · r review · p publish · a archive · u unpublish · h history ·
//   d delete · f feedback (rate and comment) · m moderate (hide comments) · "-" nothing
import type { DocumentStatus, PendingState, Visibility } from "@/lib/generated/prisma/enums";

export const matrixViewers = ["anonymous", "member", "orgAMember", "orgAAdmin", "orgBMember", "author", "reviewer", "otherAreaReviewer", "admin"] as const;
export type MatrixViewer = (typeof matrixViewers)[number];
export type Embargo = "none" | "active" | "past";

export interface MatrixCase {
  status: DocumentStatus;
  visibility: Visibility;
  embargo: Embargo;
  pending: PendingState;
  expected: Record<MatrixViewer, string>;
}

//                                         anon member orgA  orgAdm   orgB author reviewer other admin
const rows: [string, string][] = [
  ["PUBLISHED PUBLIC none",                  "v    vf     vf    veauhfm  vf   veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED PUBLIC past",                  "v    vf     vf    veauhfm  vf   veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED PUBLIC active",                "-    -      vf    veauhfm  -    veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED MEMBERS none",                 "-    vf     vf    veauhfm  vf   veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED MEMBERS past",                 "-    vf     vf    veauhfm  vf   veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED MEMBERS active",               "-    -      vf    veauhfm  -    veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED ORGANIZATION none",            "-    -      vf    veauhfm  -    veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED ORGANIZATION past",            "-    -      vf    veauhfm  -    veh    vauhfm   vf    veaudhfm"],
  ["PUBLISHED ORGANIZATION active",          "-    -      vf    veauhfm  -    veh    vauhfm   vf    veaudhfm"],
  // Published, with edits waiting: the public version stays readable as before.
  ["PUBLISHED PUBLIC none DRAFT",            "v    vf     vf    vesauhfm vf   vesh   vauhfm   vf    vesaudhfm"],
  ["PUBLISHED PUBLIC none IN_REVIEW",        "v    vf     vf    vwauhfm  vf   vwh    vrpauhfm vf    vewrpaudhfm"],
  ["PUBLISHED ORGANIZATION active IN_REVIEW","-    -      vf    vwauhfm  -    vwh    vrpauhfm vf    vewrpaudhfm"],
  ...(["PUBLIC", "MEMBERS", "ORGANIZATION"] as const).flatMap((visibility) =>
    (["none", "active", "past"] as const).flatMap((embargo): [string, string][] => [
      [`DRAFT ${visibility} ${embargo}`,     "-    -      -     vesdh    -    vesdh  vh       -     vesdh"],
      [`IN_REVIEW ${visibility} ${embargo}`, "-    -      -     vwh      -    vwh    vrph     -     vewrpdh"],
      [`REJECTED ${visibility} ${embargo}`,  "-    -      -     vesh     -    vesh   vh       -     vesdh"],
      [`ARCHIVED ${visibility} ${embargo}`,  "-    -      -     vh       -    vh     vh       -     vedh"],
    ]),
  ),
];

export const matrixCases: MatrixCase[] = rows.map(([key, cells]) => {
  const [status, visibility, embargo, pending = "NONE"] = key.split(" ") as [DocumentStatus, Visibility, Embargo, PendingState?];
  const values = cells.trim().split(/\s+/);
  if (values.length !== matrixViewers.length) throw new Error(`matrix row "${key}" has ${values.length} cells`);
  const expected = Object.fromEntries(matrixViewers.map((viewer, i) => [viewer, values[i]])) as Record<MatrixViewer, string>;
  return { status, visibility, embargo, pending, expected };
});

const letters = {
  v: "view", e: "edit", s: "submit", w: "withdraw", r: "review", p: "publish", a: "archive", u: "unpublish", h: "history", d: "delete", f: "feedback", m: "moderate",
} as const;

/** "vea" -> ["view", "edit", "archive"] in a stable order. */
export function actionsOf(cell: string): string[] {
  if (cell === "-") return [];
  return [...cell].map((letter) => letters[letter as keyof typeof letters]).sort();
}

export const caseSlug = (c: Pick<MatrixCase, "status" | "visibility" | "embargo" | "pending">) =>
  `matrix-${c.status}-${c.visibility}-${c.embargo}${c.pending === "NONE" ? "" : `-edits-${c.pending}`}`.toLowerCase().replace(/_/g, "-");

const DAY = 24 * 60 * 60 * 1000;
export function embargoDate(embargo: Embargo, now = Date.now()): Date | null {
  return embargo === "none" ? null : new Date(embargo === "active" ? now + 30 * DAY : now - 30 * DAY);
}
