// The authorization matrix, written out by hand from the access rules of issue 3 (not derived
// from the code under test). Every document is owned by organization A, written by the
// "author" viewer (a contributor in A) and filed under one focus area, "own-area".
//   v view · e edit · s submit · r review · p publish · a archive · d delete · "-" nothing
import type { DocumentStatus, Visibility } from "@/lib/generated/prisma/enums";

export const matrixViewers = ["anonymous", "member", "orgAMember", "orgAAdmin", "orgBMember", "author", "reviewer", "otherAreaReviewer", "admin"] as const;
export type MatrixViewer = (typeof matrixViewers)[number];
export type Embargo = "none" | "active" | "past";

export interface MatrixCase {
  status: DocumentStatus;
  visibility: Visibility;
  embargo: Embargo;
  expected: Record<MatrixViewer, string>;
}

//                               anon member orgA  orgAdm orgB author reviewer other admin
const rows: [string, string][] = [
  ["PUBLISHED PUBLIC none",       "v    v      v     vea    v    ve     va       v     vead"],
  ["PUBLISHED PUBLIC past",       "v    v      v     vea    v    ve     va       v     vead"],
  ["PUBLISHED PUBLIC active",     "-    -      v     vea    -    ve     va       v     vead"],
  ["PUBLISHED MEMBERS none",      "-    v      v     vea    v    ve     va       v     vead"],
  ["PUBLISHED MEMBERS past",      "-    v      v     vea    v    ve     va       v     vead"],
  ["PUBLISHED MEMBERS active",    "-    -      v     vea    -    ve     va       v     vead"],
  ["PUBLISHED ORGANIZATION none", "-    -      v     vea    -    ve     va       v     vead"],
  ["PUBLISHED ORGANIZATION past", "-    -      v     vea    -    ve     va       v     vead"],
  ["PUBLISHED ORGANIZATION active","-   -      v     vea    -    ve     va       v     vead"],
  ...(["PUBLIC", "MEMBERS", "ORGANIZATION"] as const).flatMap((visibility) =>
    (["none", "active", "past"] as const).flatMap((embargo): [string, string][] => [
      [`DRAFT ${visibility} ${embargo}`,     "-    -      -     vesd   -    vesd   v        -     vesd"],
      [`IN_REVIEW ${visibility} ${embargo}`, "-    -      -     v      -    v      vrp      -     verpd"],
      [`REJECTED ${visibility} ${embargo}`,  "-    -      -     ves    -    ves    v        -     vesd"],
      [`ARCHIVED ${visibility} ${embargo}`,  "-    -      -     v      -    v      v        -     ved"],
    ]),
  ),
];

export const matrixCases: MatrixCase[] = rows.map(([key, cells]) => {
  const [status, visibility, embargo] = key.split(" ") as [DocumentStatus, Visibility, Embargo];
  const values = cells.trim().split(/\s+/);
  if (values.length !== matrixViewers.length) throw new Error(`matrix row "${key}" has ${values.length} cells`);
  const expected = Object.fromEntries(matrixViewers.map((viewer, i) => [viewer, values[i]])) as Record<MatrixViewer, string>;
  return { status, visibility, embargo, expected };
});

const letters = { v: "view", e: "edit", s: "submit", r: "review", p: "publish", a: "archive", d: "delete" } as const;

/** "vea" -> ["view", "edit", "archive"] in a stable order. */
export function actionsOf(cell: string): string[] {
  if (cell === "-") return [];
  return [...cell].map((letter) => letters[letter as keyof typeof letters]).sort();
}

export const caseSlug = (c: Pick<MatrixCase, "status" | "visibility" | "embargo">) =>
  `matrix-${c.status}-${c.visibility}-${c.embargo}`.toLowerCase().replace(/_/g, "-");

const DAY = 24 * 60 * 60 * 1000;
export function embargoDate(embargo: Embargo, now = Date.now()): Date | null {
  return embargo === "none" ? null : new Date(embargo === "active" ? now + 30 * DAY : now - 30 * DAY);
}
