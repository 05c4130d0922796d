// Withdrawing a submission from review against the real database: who may, from which states,
// what it changes (back to a draft, out of the queue, recorded in the history) and who is told.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import { createDocument, saveDocument } from "./document-editing";
import { decideReview, submitDocument, withdrawSubmission } from "./document-workflow";
import { getDocumentBySlug } from "./documents";
import { getDocumentHistory } from "./revisions";
import { listReviewQueue } from "./review-queue";

const tag = newTag("wd");
let w: ContributionWorld;

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
});
afterAll(async () => {
  await deleteContributionWorld(db, tag);
});

const state = (id: string) => db.document.findUniqueOrThrow({ where: { id }, select: { status: true, pendingState: true, title: true, version: true, submittedAt: true } });
const kindsFor = async (userId: string, documentId: string) =>
  (await db.notification.findMany({ where: { userId, documentId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
const inQueue = async (documentId: string) => (await listReviewQueue(w.reviewer, {}, 1)).items.some((item) => item.id === documentId);

async function submitted(title: string) {
  const doc = await createDocument(w.author, completeInput(w, { title: `${tag} ${title}` }));
  await submitDocument(w.author, doc.id, doc.version);
  return doc;
}

describe("withdrawing a submission", () => {
  it("makes it a draft again, takes it off the queue, records it and tells the area's reviewers", async () => {
    const doc = await submitted("Withdrawn");
    expect(await inQueue(doc.id)).toBe(true);
    await withdrawSubmission(w.author, doc.id, doc.version);
    expect(await state(doc.id)).toMatchObject({ status: "DRAFT", pendingState: "NONE", submittedAt: null });
    expect(await inQueue(doc.id)).toBe(false);
    expect(await kindsFor(w.reviewer.id, doc.id)).toEqual(["SUBMITTED", "WITHDRAWN"]);
    expect(await kindsFor(w.otherReviewer.id, doc.id)).toEqual([]);
    // Nobody is told about their own step.
    expect(await kindsFor(w.author.id, doc.id)).toEqual([]);
    const mails = await db.mailMessage.findMany({ where: { to: w.emails.reviewer } });
    expect(mails.some((m) => m.subject.startsWith("Withdrawn from review") && m.text.includes(`${tag} Withdrawn`))).toBe(true);
    const history = await getDocumentHistory(w.author, doc.slug);
    expect(history.reviews.map((r) => r.decision)).toContain("WITHDRAWN");
    // A draft again: the author edits and submits it once more.
    const saved = await saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Withdrawn, improved` }), doc.version);
    await submitDocument(w.author, doc.id, saved.version);
    expect(await inQueue(doc.id)).toBe(true);
  });

  it("is for the author and admins, not for reviewers or other members, and only while in review", async () => {
    const doc = await submitted("Who withdraws");
    await expectNotFound(withdrawSubmission(w.reviewer, doc.id));
    await expectNotFound(withdrawSubmission(w.otherContributor, doc.id));
    await expectNotFound(withdrawSubmission(w.member, doc.id));
    await expectNotFound(withdrawSubmission({ kind: "anonymous" }, doc.id));
    await expectAppError(withdrawSubmission(w.author, doc.id, doc.version + 1), "CONFLICT", "stale_edit");
    expect((await state(doc.id)).status).toBe("IN_REVIEW");

    await withdrawSubmission(w.admin, doc.id);
    expect((await state(doc.id)).status).toBe("DRAFT");
    // Withdrawn by someone else: the author is told too.
    expect(await kindsFor(w.author.id, doc.id)).toEqual(["WITHDRAWN"]);
    // A draft is not in review: nothing to withdraw.
    await expectNotFound(withdrawSubmission(w.author, doc.id));
  });

  it("takes edits of a published document back to a draft while the public version stays online", async () => {
    const doc = await submitted("Live");
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    const saved = await saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Live, second edition` }), doc.version);
    await submitDocument(w.author, doc.id, saved.version);
    expect(await state(doc.id)).toMatchObject({ status: "PUBLISHED", pendingState: "IN_REVIEW" });
    // Published and not in review: nothing to withdraw for a published document without edits waiting.
    await withdrawSubmission(w.author, doc.id, saved.version);
    expect(await state(doc.id)).toMatchObject({ status: "PUBLISHED", pendingState: "DRAFT", title: `${tag} Live`, submittedAt: null });
    expect((await getDocumentBySlug({ kind: "anonymous" }, doc.slug)).title).toBe(`${tag} Live`);
    expect(await inQueue(doc.id)).toBe(false);
    await expectNotFound(withdrawSubmission(w.author, doc.id));
    // The edits can be changed again: they are no longer frozen for a reviewer.
    await saveDocument(w.author, doc.id, completeInput(w, { title: `${tag} Live, third edition` }), saved.version);
  });
});
