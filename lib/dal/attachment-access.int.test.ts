// The authorization matrix for downloads, against the real database. Each matrix document gets
// the files its states can hold: the file of the version its page shows, a file added to edits
// waiting on a published document (not live yet), and a file removed from the working copy
// (kept for history). Expectations come from the hand-written matrix: the shown version's
// files are for whoever may view the document or its history ("v" or "h"), the others only for
// the people who may see its history ("h"): its author, organization admins, reviewers of its
// areas (all areas included) and admins.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isNotFound } from "@/lib/errors";
import type { Viewer } from "@/lib/policies/viewer";
import { caseSlug, matrixCases, matrixViewers, type MatrixViewer } from "@/lib/testing/access-matrix";
import { createMatrixWorld, deleteMatrixWorld, type MatrixWorld } from "@/lib/testing/matrix-fixture";
import { readableAttachmentsWhere } from "./attachment-access";
import { getAttachmentForDownload } from "./attachments";
import { loadUserViewer } from "./viewers";

type FileState = "shown" | "pending" | "removed";

const tag = `a${randomBytes(3).toString("hex")}`;
let world: MatrixWorld;
const viewers = {} as Record<MatrixViewer, Viewer>;
/** attachment id -> what the matrix says about it */
const files = new Map<string, { state: FileState; cell: (viewer: MatrixViewer) => string; label: string }>();

function statesFor(status: string): FileState[] {
  return status === "PUBLISHED" ? ["shown", "pending", "removed"] : ["shown", "removed"];
}

beforeAll(async () => {
  world = await createMatrixWorld(db, tag);
  viewers.anonymous = { kind: "anonymous" };
  for (const name of matrixViewers.filter((v) => v !== "anonymous")) {
    viewers[name] = (await loadUserViewer(db, world.userIds[name as Exclude<MatrixViewer, "anonymous">], 0))!;
  }
  for (const c of matrixCases) {
    const documentId = world.documentIds.get(`${tag}-${caseSlug(c)}`)!;
    for (const state of statesFor(c.status)) {
      const key = `${tag}/${caseSlug(c)}/${state}`;
      const row = await db.attachment.create({
        data: {
          documentId, fileName: `${state}.txt`, mimeType: "text/plain", size: 1, storageKey: key, checksum: key.padEnd(64, "0").slice(0, 64),
          live: state === "shown" && c.status === "PUBLISHED",
          removedAt: state === "removed" ? new Date() : null,
        },
      });
      files.set(row.id, { state, cell: (viewer) => c.expected[viewer], label: `${caseSlug(c)} ${state}` });
    }
  }
});

afterAll(async () => {
  await deleteMatrixWorld(db, tag);
  await db.$disconnect();
});

const readable = (cell: string, state: FileState) => cell.includes("h") || (state === "shown" && cell.includes("v"));

describe("attachment downloads follow the authorization matrix", () => {
  for (const viewer of matrixViewers) {
    it(`${viewer} may download exactly the files the matrix allows`, async () => {
      const rows = await db.attachment.findMany({
        where: { AND: [readableAttachmentsWhere(viewers[viewer]), { id: { in: [...files.keys()] } }] },
        select: { id: true },
      });
      const expected = [...files].filter(([, f]) => readable(f.cell(viewer), f.state)).map(([id]) => files.get(id)!.label);
      expect(rows.map((r) => files.get(r.id)!.label).sort()).toEqual(expected.sort());
    });
  }

  it("lets admins and reviewers of every area download files waiting for review", async () => {
    const waiting = [...files].filter(([, f]) => f.state !== "shown");
    expect(waiting.length).toBeGreaterThan(0);
    for (const viewer of ["admin", "reviewer"] as const) {
      for (const [id] of waiting) await expect(getAttachmentForDownload(viewers[viewer], id)).resolves.toMatchObject({ mimeType: "text/plain" });
    }
    for (const [id] of waiting) {
      const outcome = await getAttachmentForDownload(viewers.otherAreaReviewer, id).then(() => "found", (e: unknown) => (isNotFound(e) ? "not found" : String(e)));
      expect(outcome).toBe("not found");
    }
  });
});
