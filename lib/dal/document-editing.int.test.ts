// Writing documents against the real database: drafts need only a title, every save is a
// revision, stale and concurrent saves are refused without writing anything, bad references
// get field errors, published documents keep their public version while edits wait.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, FieldError } from "@/lib/errors";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { expectAppError, expectNotFound, rejectionOf } from "@/lib/testing/expect-errors";
import { documentInputSchema } from "@/lib/validation/document";
import { createDocument, restoreRevision, saveDocument } from "./document-editing";
import { getDocumentBySlug } from "./documents";

const tag = newTag("ed");
let w: ContributionWorld;

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
});
afterAll(async () => {
  await deleteContributionWorld(db, tag);
});

const draft = (title: string, extra: Record<string, unknown> = {}) =>
  documentInputSchema.parse({ type: "RESEARCH", title: `${tag} ${title}`, language: "es", ...extra });
const revisionsOf = (documentId: string) => db.revision.findMany({ where: { documentId }, orderBy: { number: "asc" } });
const fieldErrorsOf = async (promise: Promise<unknown>) => {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(FieldError);
  return (error as FieldError).fieldErrors;
};

describe("creating a draft", () => {
  it("needs only a title, files it under the author's organization and records revision 1", async () => {
    const created = await createDocument(w.author, draft("Educación rural"));
    const row = await db.document.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ status: "DRAFT", version: 1, organizationId: w.orgA, contributorId: w.author.id, slug: `${tag}-educacion-rural` });
    const revisions = await revisionsOf(created.id);
    expect(revisions.map((r) => [r.number, r.authorId])).toEqual([[1, w.author.id]]);
    expect(revisions[0]!.snapshot).toMatchObject({ title: `${tag} Educación rural`, slug: `${tag}-educacion-rural` });
  });

  it("derives a free slug when the title's is taken, and refuses a taken slug asked for", async () => {
    const second = await createDocument(w.author, draft("Educación rural"));
    expect(second.slug).toBe(`${tag}-educacion-rural-2`);
    expect(await fieldErrorsOf(createDocument(w.author, draft("Other", { slug: `${tag}-educacion-rural` })))).toEqual({ slug: ["slug_taken"] });
  });

  it("lets only contributors, reviewers and admins write", async () => {
    await expectNotFound(createDocument(w.member, draft("Member draft")));
    await expectNotFound(createDocument({ kind: "anonymous" }, draft("Anonymous draft")));
  });

  it("refuses another organization and unknown focus areas, writing nothing", async () => {
    const before = await db.document.count();
    expect(await fieldErrorsOf(createDocument(w.author, draft("Foreign", { organizationId: w.orgB, focusAreaIds: ["nope"] })))).toEqual({
      organizationId: ["organization_not_allowed"],
      focusAreaIds: ["focus_area_invalid"],
    });
    expect(await db.document.count()).toBe(before);
  });

  it("lets one of two simultaneous creations with the same slug win, leaving no stray rows", async () => {
    const slug = `${tag}-race`;
    const results = await Promise.allSettled([1, 2, 3].map((n) => createDocument(w.author, draft(`Race ${n}`, { slug }))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(FieldError);
    const doc = await db.document.findUniqueOrThrow({ where: { slug } });
    expect(await db.revision.count({ where: { snapshot: { path: ["slug"], equals: slug } } })).toBe(1);
    expect(await revisionsOf(doc.id)).toHaveLength(1);
  });
});

describe("saving edits", () => {
  it("writes a revision per change, none for an unchanged save, and keeps metrics and focus areas", async () => {
    const { id } = await createDocument(w.author, draft("Metrics"));
    const input = completeInput(w, { title: `${tag} Metrics`, type: "RESEARCH", abstract: "A" });
    const saved = await saveDocument(w.author, id, input, 1);
    expect(saved).toMatchObject({ version: 2, changed: true });
    expect(await saveDocument(w.author, id, input, 2)).toMatchObject({ version: 2, changed: false });
    const row = await db.document.findUniqueOrThrow({ where: { id }, include: { metrics: true, focusAreas: true } });
    expect(row.type).toBe("RESEARCH");
    expect(row.metrics.map((m) => [m.label, m.value.toFixed(), m.year])).toEqual([["Households reached", "1500", 2024]]);
    expect(row.focusAreas.map((f) => f.focusAreaId)).toEqual([w.area]);
    expect((await revisionsOf(id)).map((r) => r.number)).toEqual([1, 2]);
  });

  it("refuses a save based on an older version and writes nothing", async () => {
    const { id } = await createDocument(w.author, draft("Stale"));
    await saveDocument(w.author, id, draft("Stale v2"), 1);
    await expectAppError(saveDocument(w.author, id, draft("Stale from tab 2"), 1), "CONFLICT", "stale_edit");
    expect((await db.document.findUniqueOrThrow({ where: { id } })).title).toBe(`${tag} Stale v2`);
    expect(await revisionsOf(id)).toHaveLength(2);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const { id } = await createDocument(w.author, draft("Concurrent"));
    const results = await Promise.allSettled([saveDocument(w.author, id, draft("Tab A"), 1), saveDocument(w.author, id, draft("Tab B"), 1)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "stale_edit" });
    expect(await revisionsOf(id)).toHaveLength(2);
  });

  it("answers NOT_FOUND to people who may not edit", async () => {
    const { id } = await createDocument(w.author, draft("Private draft"));
    await expectNotFound(saveDocument(w.otherContributor, id, draft("Hijack"), 1));
    await expectNotFound(saveDocument(w.member, id, draft("Hijack"), 1));
    await expectNotFound(saveDocument(w.reviewer, id, draft("Hijack"), 1));
  });

  it("restores an earlier revision as a new one", async () => {
    const { id } = await createDocument(w.author, draft("Restore me"));
    await saveDocument(w.author, id, draft("Restore me, edited"), 1);
    const restored = await restoreRevision(w.author, id, 1, 2);
    expect(restored.version).toBe(3);
    const revisions = await revisionsOf(id);
    expect(revisions.map((r) => [r.number, r.restoredFrom])).toEqual([[1, null], [2, null], [3, 1]]);
    expect((await db.document.findUniqueOrThrow({ where: { id } })).title).toBe(`${tag} Restore me`);
    await expectAppError(restoreRevision(w.author, id, 2, 2), "CONFLICT", "stale_edit");
  });
});

describe("editing a published document", () => {
  it("keeps the public version online while the edits wait as a pending revision", async () => {
    const { id, slug } = await createDocument(w.author, completeInput(w, { title: `${tag} Live document` }));
    await db.document.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const saved = await saveDocument(w.author, id, completeInput(w, { title: `${tag} Live document, revised` }), 1);
    expect(saved.slug).toBe(slug);
    const row = await db.document.findUniqueOrThrow({ where: { id }, include: { pendingRevision: true } });
    expect(row).toMatchObject({ title: `${tag} Live document`, status: "PUBLISHED", pendingState: "DRAFT", version: 2 });
    expect(row.pendingRevision?.snapshot).toMatchObject({ title: `${tag} Live document, revised` });
    expect((await getDocumentBySlug({ kind: "anonymous" }, slug)).title).toBe(`${tag} Live document`);
    expect(await fieldErrorsOf(saveDocument(w.author, id, completeInput(w, { slug: `${tag}-moved` }), 2))).toEqual({ slug: ["slug_locked"] });
  });
});
