// The authorization matrix against the real database: the query conditions compiled from the
// rules return exactly the documents the hand-written matrix allows, for every viewer and
// action, and the data layer's pages, lists and counts follow them. Then, on the seed data,
// the query conditions and the pure can() agree for every seeded viewer.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isNotFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/policies/can";
import { documentActions } from "@/lib/policies/document-rules";
import type { Viewer } from "@/lib/policies/viewer";
import { actionsOf, caseSlug, matrixCases, matrixViewers, type MatrixViewer } from "@/lib/testing/access-matrix";
import { createMatrixWorld, deleteMatrixWorld, type MatrixWorld } from "@/lib/testing/matrix-fixture";
import { seedDatabase } from "@/prisma/seed/seed";
import { temporarySeedStorage } from "@/prisma/seed/testing-storage";
import { documentsWhere } from "./document-access";
import { documentsSql } from "./document-access-sql";
import { countDocumentsByType, getDocumentBySlug, listDocuments } from "./documents";
import { loadUserViewer } from "./viewers";

const tag = `m${randomBytes(3).toString("hex")}`;
let world: MatrixWorld;
const viewers = {} as Record<MatrixViewer, Viewer>;

beforeAll(async () => {
  world = await createMatrixWorld(db, tag);
  viewers.anonymous = { kind: "anonymous" };
  for (const name of matrixViewers.filter((v) => v !== "anonymous")) {
    viewers[name] = (await loadUserViewer(db, world.userIds[name as Exclude<MatrixViewer, "anonymous">], 0))!;
  }
});
afterAll(async () => {
  await deleteMatrixWorld(db, tag);
  await db.$disconnect();
});

const slugOf = (c: (typeof matrixCases)[number]) => `${tag}-${caseSlug(c)}`;
const expectedSlugs = (viewer: MatrixViewer, action: string) =>
  matrixCases.filter((c) => actionsOf(c.expected[viewer]).includes(action)).map(slugOf).sort();

describe("authorization matrix in the database", () => {
  it(`covers ${matrixCases.length} documents × ${matrixViewers.length} viewers × ${documentActions.length} actions`, () => {
    expect(matrixCases).toHaveLength(48);
  });

  for (const viewer of matrixViewers) {
    for (const action of documentActions) {
      it(`${viewer} may ${action} exactly the documents the matrix lists`, async () => {
        const rows = await db.document.findMany({
          where: { AND: [documentsWhere(viewers[viewer], action), { slug: { startsWith: `${tag}-` } }] },
          select: { slug: true },
        });
        expect(rows.map((r) => r.slug).sort()).toEqual(expectedSlugs(viewer, action));
        // The SQL rendering of the same tree (for aggregates Prisma cannot express) agrees.
        const sqlRows = await db.$queryRaw<{ slug: string }[]>(
          Prisma.sql`SELECT d.slug FROM "Document" d WHERE ${documentsSql(viewers[viewer], action)} AND d.slug LIKE ${`${tag}-%`}`,
        );
        expect(sqlRows.map((r) => r.slug).sort()).toEqual(expectedSlugs(viewer, action));
      });
    }

    it(`${viewer}: each document page answers, or is NOT_FOUND, as the matrix says`, async () => {
      for (const c of matrixCases) {
        const outcome = await getDocumentBySlug(viewers[viewer], slugOf(c)).then(() => "found", (e: unknown) => (isNotFound(e) ? "not found" : String(e)));
        expect(outcome, `${c.status} ${c.visibility} ${c.embargo}`).toBe(c.expected[viewer].includes("v") ? "found" : "not found");
      }
    });

    it(`${viewer}: lists and counts show exactly the readable documents`, async () => {
      const page = await listDocuments(viewers[viewer], { organizationId: world.organizationA }, { page: 1, pageSize: 100 });
      const expected = expectedSlugs(viewer, "view");
      expect(page.items.map((d) => d.slug).sort()).toEqual(expected);
      expect(page.total).toBe(expected.length);
      const counts = await countDocumentsByType(viewers[viewer], { organizationId: world.organizationA });
      expect(counts.REPORT).toBe(expected.length);
    });
  }
});

describe("the query conditions and can() agree on the seed data", () => {
  it("for every seeded account and every action", async () => {
    const files = temporarySeedStorage();
    await seedDatabase(db, { storage: files.storage }).finally(() => files.remove());
    const docs = await db.document.findMany({
      where: { NOT: { slug: { startsWith: `${tag}-` } } },
      select: { id: true, status: true, pendingState: true, visibility: true, embargoUntil: true, organizationId: true, contributorId: true, focusAreas: { select: { focusAreaId: true } } },
    });
    const users = await db.user.findMany({ where: { email: { endsWith: "@puente.test" } }, select: { id: true } });
    const loaded = (await Promise.all(users.map((u) => loadUserViewer(db, u.id, 0)))).filter((v) => v !== null);
    expect(loaded.length).toBeGreaterThanOrEqual(10);
    // Plus states no seeded account is in: unverified, and a contributor who lost the role.
    const variants = loaded.map((v) => ({ ...v, verified: false })).concat(loaded.map((v) => ({ ...v, role: "MEMBER" as const })));
    const seeded: Viewer[] = [{ kind: "anonymous" }, ...loaded, ...variants];
    for (const viewer of seeded) {
      for (const action of documentActions) {
        const byQuery = await db.document.findMany({ where: { AND: [documentsWhere(viewer, action), { id: { in: docs.map((d) => d.id) } }] }, select: { id: true } });
        const byPolicy = docs.filter((d) => can(viewer, action, { ...d, focusAreaIds: d.focusAreas.map((f) => f.focusAreaId) }));
        const who = `${viewer.kind === "user" ? viewer.id : "anonymous"} ${action}`;
        expect(byQuery.map((d) => d.id).sort(), who).toEqual(byPolicy.map((d) => d.id).sort());
        const bySql = await db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT d.id FROM "Document" d WHERE ${documentsSql(viewer, action)} AND d.id = ANY(${docs.map((d) => d.id)}::text[])`,
        );
        expect(bySql.map((d) => d.id).sort(), `${who} (SQL)`).toEqual(byPolicy.map((d) => d.id).sort());
      }
    }
  });
});
