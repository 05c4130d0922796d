// The review workflow against the real database: who may take each step, what each decision
// changes, that edits of a live document replace it only when published, that the queue
// shows reviewers only their areas, and that the author and reviewers are notified.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/errors";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { expectAppError, expectNotFound, rejectionOf } from "@/lib/testing/expect-errors";
import { createDocument, saveDocument } from "./document-editing";
import { archiveDocument, decideReview, submitDocument, unpublishDocument } from "./document-workflow";
import { getDocumentBySlug } from "./documents";
import { listReviewQueue } from "./review-queue";

const tag = newTag("wf");
let w: ContributionWorld;
const anonymous = { kind: "anonymous" } as const;

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
});
afterAll(async () => {
  await deleteContributionWorld(db, tag);
});

const state = (id: string) => db.document.findUniqueOrThrow({ where: { id }, select: { status: true, pendingState: true, title: true, version: true, publishedAt: true, submittedAt: true } });
const noticesFor = (userId: string, documentId: string) => db.notification.findMany({ where: { userId, documentId }, orderBy: { createdAt: "asc" } });

async function submitted(title: string) {
  const doc = await createDocument(w.author, completeInput(w, { title: `${tag} ${title}` }));
  await submitDocument(w.author, doc.id, doc.version);
  return doc;
}

describe("submitting", () => {
  it("refuses an incomplete draft with the fields review needs", async () => {
    const doc = await createDocument(w.author, completeInput(w, { title: `${tag} Incomplete`, summary: "", problem: "", focusAreaIds: [] }));
    const error = await rejectionOf(submitDocument(w.author, doc.id));
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).fieldErrors).toEqual({ summary: ["required_for_review"], focusAreaIds: ["required_for_review"], problem: ["required_for_review"] });
    expect((await state(doc.id)).status).toBe("DRAFT");
  });

  it("puts the draft in review and tells the reviewers of its area, not the others", async () => {
    const doc = await submitted("Submitted");
    expect(await state(doc.id)).toMatchObject({ status: "IN_REVIEW" });
    expect((await state(doc.id)).submittedAt).not.toBeNull();
    expect((await noticesFor(w.reviewer.id, doc.id)).map((n) => n.kind)).toEqual(["SUBMITTED"]);
    expect(await noticesFor(w.otherReviewer.id, doc.id)).toEqual([]);
    expect((await db.mailMessage.findMany({ where: { to: w.emails.reviewer } })).some((m) => m.text.includes(`${tag} Submitted`))).toBe(true);
  });

  it("is only for the author and organization admins, and only from a draft", async () => {
    const doc = await createDocument(w.author, completeInput(w, { title: `${tag} Not yours` }));
    await expectNotFound(submitDocument(w.otherContributor, doc.id));
    await expectNotFound(submitDocument(w.member, doc.id));
    await submitDocument(w.author, doc.id);
    await expectNotFound(submitDocument(w.author, doc.id));
  });
});

describe("reviewing", () => {
  it("lets only a reviewer of the area (or an admin) decide, never the author", async () => {
    const doc = await submitted("Who decides");
    await expectNotFound(decideReview(w.author, doc.id, { decision: "publish" }));
    await expectNotFound(decideReview(w.otherReviewer, doc.id, { decision: "publish" }));
    await expectNotFound(decideReview(w.member, doc.id, { decision: "publish" }));
    await expectAppError(decideReview(w.reviewer, doc.id, { decision: "publish", version: doc.version + 1 }), "CONFLICT", "stale_edit");
    await decideReview(w.reviewer, doc.id, { decision: "publish", version: doc.version });
    expect((await state(doc.id)).status).toBe("PUBLISHED");
  });

  it("request changes → edit → resubmit → publish, with the comment kept and the author told each time", async () => {
    const doc = await submitted("Round trip");
    await decideReview(w.reviewer, doc.id, { decision: "request_changes", comment: "Add the 2024 figures." });
    expect(await state(doc.id)).toMatchObject({ status: "DRAFT", submittedAt: null });
    const saved = await saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Round trip, with 2024 figures` }), doc.version);
    await submitDocument(w.author, doc.id, saved.version);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    const final = await state(doc.id);
    expect(final).toMatchObject({ status: "PUBLISHED", title: `${tag} Round trip, with 2024 figures` });
    expect(final.publishedAt).not.toBeNull();
    const reviews = await db.review.findMany({ where: { documentId: doc.id }, orderBy: { createdAt: "asc" } });
    expect(reviews.map((r) => [r.decision, r.comment, r.revisionNumber])).toEqual([["CHANGES_REQUESTED", "Add the 2024 figures.", 1], ["APPROVED", "", 2]]);
    expect((await noticesFor(w.author.id, doc.id)).map((n) => [n.kind, n.comment])).toEqual([["CHANGES_REQUESTED", "Add the 2024 figures."], ["PUBLISHED", null]]);
  });

  it("rejects with a reason", async () => {
    const doc = await submitted("Rejected");
    await decideReview(w.admin, doc.id, { decision: "reject", comment: "Out of scope." });
    expect((await state(doc.id)).status).toBe("REJECTED");
    await expectNotFound(getDocumentBySlug(anonymous, doc.slug));
  });
});

describe("edits of a published document", () => {
  async function published(title: string) {
    const doc = await submitted(title);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    return doc;
  }

  it("go through review while the public version stays online, then replace it", async () => {
    const doc = await published("Live");
    const saved = await saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Live, second edition` }), doc.version);
    await submitDocument(w.author, doc.id, saved.version);
    expect(await state(doc.id)).toMatchObject({ status: "PUBLISHED", pendingState: "IN_REVIEW", title: `${tag} Live` });
    expect((await getDocumentBySlug(anonymous, doc.slug)).title).toBe(`${tag} Live`);
    // Frozen while in review: the author cannot change what the reviewer is reading.
    await expectNotFound(saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Sneaky` }), saved.version));
    const queue = await listReviewQueue(w.reviewer, {}, 1);
    expect(queue.items.some((item) => item.id === doc.id && item.pendingState === "IN_REVIEW")).toBe(true);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    expect(await state(doc.id)).toMatchObject({ status: "PUBLISHED", pendingState: "NONE", title: `${tag} Live, second edition` });
    expect((await getDocumentBySlug(anonymous, doc.slug)).title).toBe(`${tag} Live, second edition`);
  });

  it("rejected edits leave the public version as it was", async () => {
    const doc = await published("Kept");
    const saved = await saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Kept, bad edit` }), doc.version);
    await submitDocument(w.author, doc.id, saved.version);
    await decideReview(w.reviewer, doc.id, { decision: "reject", comment: "No." });
    expect(await state(doc.id)).toMatchObject({ status: "PUBLISHED", pendingState: "NONE", title: `${tag} Kept` });
  });

  it("archive hides it from readers; unpublish makes the newest edits a draft again", async () => {
    const archived = await published("Archived");
    await expectNotFound(archiveDocument(w.author, archived.id));
    await archiveDocument(w.reviewer, archived.id, "Superseded");
    await expectNotFound(getDocumentBySlug(anonymous, archived.slug));
    expect((await noticesFor(w.author.id, archived.id)).at(-1)).toMatchObject({ kind: "ARCHIVED", comment: "Superseded" });

    const doc = await published("Unpublished");
    await saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Unpublished, newer` }), doc.version);
    await unpublishDocument(w.admin, doc.id);
    expect(await state(doc.id)).toMatchObject({ status: "DRAFT", pendingState: "NONE", title: `${tag} Unpublished, newer` });
  });
});

describe("search sync", () => {
  it("adds an outbox entry in the same transaction as each step, and none for a refused one", async () => {
    const entries = (id: string) => db.searchOutbox.count({ where: { documentId: id } });
    const doc = await createDocument(w.author, completeInput(w, { title: `${tag} Outbox` }));
    expect(await entries(doc.id)).toBe(1);
    await submitDocument(w.author, doc.id);
    await expectNotFound(decideReview(w.otherReviewer, doc.id, { decision: "publish" }));
    expect(await entries(doc.id)).toBe(2);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    expect(await entries(doc.id)).toBe(3);
    await db.searchOutbox.deleteMany({ where: { documentId: doc.id } });
  });
});

describe("the review queue", () => {
  it("shows reviewers only the work of their areas, oldest first", async () => {
    const first = await submitted("Queue first");
    const second = await submitted("Queue second");
    const elsewhere = await createDocument(w.author, completeInput(w, { title: `${tag} Queue elsewhere`, focusAreaIds: [w.otherArea] }));
    await submitDocument(w.author, elsewhere.id);
    const mine = (await listReviewQueue(w.reviewer, {}, 1)).items.map((i) => i.id);
    expect(mine.indexOf(first.id)).toBeLessThan(mine.indexOf(second.id));
    expect(mine).not.toContain(elsewhere.id);
    expect((await listReviewQueue(w.otherReviewer, {}, 1)).items.map((i) => i.id)).toContain(elsewhere.id);
    expect((await listReviewQueue(w.author, {}, 1)).items).toEqual([]);
  });
});
