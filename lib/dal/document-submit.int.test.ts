// "Save and submit" (the editor's Submit button, the API's `submit: true`) against the real
// database: one user action, one transaction. What review needs is checked before anything is
// written, and a failure inside the submission (injected with a trigger, as a dropped
// connection would) leaves no draft, revision, notification or outbox entry behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { rejectionOf } from "@/lib/testing/expect-errors";
import { createDocument, saveDocument } from "./document-editing";

const tag = newTag("sb");
let w: ContributionWorld;
/** Titles containing this make the trigger below fail the notifications of a submission. */
const failing = `${tag} fails inside`;

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION ${tag}_fail() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM "Document" d WHERE d.id = NEW."documentId" AND d.title LIKE '${failing}%') THEN
        RAISE EXCEPTION 'injected failure inside the submission';
      END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${tag}_fail BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION ${tag}_fail()`);
});
afterAll(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${tag}_fail ON "Notification"`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${tag}_fail()`);
  await deleteContributionWorld(db, tag);
});

/** Everything a create or a save writes, for the documents of this file. */
async function written() {
  const documents = await db.document.findMany({ where: { slug: { startsWith: tag } }, select: { id: true, status: true, version: true, title: true } });
  const ids = documents.map((d) => d.id);
  const [revisions, notifications, outbox] = await Promise.all([
    db.revision.count({ where: { documentId: { in: ids } } }),
    db.notification.count({ where: { documentId: { in: ids } } }),
    db.searchOutbox.count({ where: { documentId: { in: ids } } }),
  ]);
  return { documents, revisions, notifications, outbox };
}

const incomplete = () => completeInput(w, { title: `${tag} Incomplete`, summary: "", outcomes: "", countries: [] });

describe("creating and submitting in one transaction", () => {
  it("refuses an incomplete document naming what review needs, and writes nothing", async () => {
    const before = await written();
    const error = await rejectionOf(createDocument(w.author, incomplete(), { submit: true }));
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ message: "incomplete_for_review", fieldErrors: { summary: ["required_for_review"], outcomes: ["required_for_review"], countries: ["required_for_review"] } });
    expect(await written()).toEqual(before);
  });

  it("creates the document in review, with its revision and the reviewers' notifications", async () => {
    const created = await createDocument(w.author, completeInput(w, { title: `${tag} Complete` }), { submit: true });
    const row = await db.document.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, submittedAt: true, version: true } });
    expect(row).toMatchObject({ status: "IN_REVIEW", version: 1 });
    expect(row.submittedAt).not.toBeNull();
    expect(await db.notification.count({ where: { documentId: created.id, userId: w.reviewer.id, kind: "SUBMITTED" } })).toBe(1);
  });

  it("leaves nothing behind when the submission fails inside the transaction", async () => {
    const before = await written();
    const error = await rejectionOf(createDocument(w.author, completeInput(w, { title: `${failing} on create` }), { submit: true }));
    expect(String(error)).toContain("injected failure");
    expect(await written()).toEqual(before);
    // The same document without submitting is written: the failure was the submission's.
    const draft = await createDocument(w.author, completeInput(w, { title: `${failing} as a draft` }));
    expect(await db.document.count({ where: { id: draft.id, status: "DRAFT" } })).toBe(1);
  });
});

describe("saving and submitting in one transaction", () => {
  it("refuses an incomplete save naming what review needs: no revision, the version stays", async () => {
    const draft = await createDocument(w.author, incomplete());
    const before = await written();
    const error = await rejectionOf(saveDocument(w.author, draft.id, { ...incomplete(), title: `${tag} Incomplete, edited` }, draft.version, { submit: true }));
    expect(error).toMatchObject({ message: "incomplete_for_review" });
    expect(await written()).toEqual(before);
  });

  it("checks the stored type, not the one sent", async () => {
    const draft = await createDocument(w.author, completeInput(w, { title: `${tag} Typed` }));
    // A research paper needs only an abstract; this document is a best practice and needs its outcomes.
    const asResearch = { ...completeInput(w, { title: `${tag} Typed` }), type: "RESEARCH" as const, abstract: "An abstract.", outcomes: undefined };
    const error = await rejectionOf(saveDocument(w.author, draft.id, asResearch, draft.version, { submit: true }));
    expect(error).toMatchObject({ message: "incomplete_for_review", fieldErrors: { outcomes: ["required_for_review"] } });
  });

  it("saves the edit and submits it, or submits an unchanged document", async () => {
    const draft = await createDocument(w.author, completeInput(w, { title: `${tag} Ready` }));
    const saved = await saveDocument(w.author, draft.id, completeInput(w, { title: `${tag} Ready, edited` }), draft.version, { submit: true });
    expect(saved).toMatchObject({ version: 2, changed: true });
    expect(await db.document.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, title: true } })).toEqual({ status: "IN_REVIEW", title: `${tag} Ready, edited` });

    const unchanged = await createDocument(w.author, completeInput(w, { title: `${tag} Unchanged` }));
    expect(await saveDocument(w.author, unchanged.id, completeInput(w, { title: `${tag} Unchanged` }), unchanged.version, { submit: true })).toMatchObject({ version: 1, changed: false });
    expect((await db.document.findUniqueOrThrow({ where: { id: unchanged.id } })).status).toBe("IN_REVIEW");
  });

  it("leaves the saved version untouched when the submission fails inside the transaction", async () => {
    const draft = await createDocument(w.author, completeInput(w, { title: `${failing} on save` }));
    const before = await written();
    const error = await rejectionOf(saveDocument(w.author, draft.id, completeInput(w, { title: `${failing} on save, edited` }), draft.version, { submit: true }));
    expect(String(error)).toContain("injected failure");
    expect(await written()).toEqual(before);
  });
});
