// Stakeholder feedback against the real database: who may rate and comment, who reads the
// comments (whoever may read the document, and nobody else), moderation, reports, the author's
// notice, and averages shown only from three ratings on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser, newTag, viewerOf } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { expectAppError, expectNotFound } from "@/lib/testing/expect-errors";
import type { Viewer } from "@/lib/policies/viewer";
import { createDocument } from "./document-editing";
import { decideReview, submitDocument } from "./document-workflow";
import { focusAreaRating, getDocumentFeedback, MIN_RATINGS } from "./feedback";
import { hideFeedback, reportFeedback, saveFeedback, showFeedback } from "./feedback-writes";

const tag = newTag("fb");
let w: ContributionWorld;
const anonymous: Viewer = { kind: "anonymous" };

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
});
afterAll(async () => {
  await deleteContributionWorld(db, tag);
});

async function published(title: string, overrides: Record<string, unknown> = {}) {
  const doc = await createDocument(w.author, completeInput(w, { title: `${tag} ${title}`, ...overrides }));
  await submitDocument(w.author, doc.id, doc.version);
  const areas = (overrides.focusAreaIds as string[] | undefined) ?? [w.area];
  await decideReview(areas.includes(w.area) ? w.reviewer : w.otherReviewer, doc.id, { decision: "publish" });
  return doc.id;
}

const commentsSeenBy = async (viewer: Viewer, documentId: string) => (await getDocumentFeedback(viewer, documentId)).comments.map((c) => c.comment);
const noticesTo = (userId: string, documentId: string) => db.notification.findMany({ where: { userId, documentId, kind: "FEEDBACK" } });

describe("rating and commenting", () => {
  it("saves one feedback per member, tells the author once, and shows who wrote it", async () => {
    const id = await published("Rated");
    expect(await saveFeedback(w.member, { documentId: id, rating: 4, comment: "Useful for our patrol planning." })).toEqual({ created: true });
    expect(await saveFeedback(w.member, { documentId: id, rating: 5, comment: "Very useful." })).toEqual({ created: false });
    expect(await db.feedback.count({ where: { documentId: id } })).toBe(1);
    expect(await noticesTo(w.author.id, id)).toHaveLength(1);
    const mails = await db.mailMessage.findMany({ where: { to: w.emails.author, subject: { startsWith: "New feedback" } } });
    expect(mails.some((m) => m.text.includes("Useful for our patrol planning.") && m.text.includes("#feedback"))).toBe(true);

    const seen = await getDocumentFeedback(anonymous, id);
    expect(seen.comments).toEqual([
      expect.objectContaining({ rating: 5, comment: "Very useful.", author: { name: "member", organizations: [expect.stringContaining(tag)] }, own: false, hidden: null, reports: null }),
    ]);
    expect(seen).toMatchObject({ canGive: false, canModerate: false, canReport: false, own: null });
    expect((await getDocumentFeedback(w.member, id)).own).toEqual({ rating: 5, comment: "Very useful.", hidden: false });
  });

  it("emails the author only if they chose to be emailed about feedback; the notice comes anyway", async () => {
    const id = await published("Quiet");
    await db.user.update({ where: { id: w.author.id }, data: { emailFeedback: false } });
    try {
      await saveFeedback(w.member, { documentId: id, rating: 3, comment: "Quietly noted." });
    } finally {
      await db.user.update({ where: { id: w.author.id }, data: { emailFeedback: true } });
    }
    expect(await noticesTo(w.author.id, id)).toHaveLength(1);
    const mails = await db.mailMessage.findMany({ where: { to: w.emails.author, subject: { contains: `${tag} Quiet` } } });
    expect(mails.map((m) => m.subject).filter((s) => s.startsWith("New feedback"))).toEqual([]);
  });

  it("refuses the author, visitors, unverified members and documents that are not published", async () => {
    const id = await published("Own");
    await expectAppError(saveFeedback(w.author, { documentId: id, rating: 5 }), "FORBIDDEN", "feedback_own_document");
    await expectAppError(saveFeedback(anonymous, { documentId: id, rating: 5 }), "UNAUTHORIZED", "sign_in_required");
    const unverified = await createTestUser(db, tag, "unverified", { verified: false });
    await expectAppError(saveFeedback(await viewerOf(db, unverified.id), { documentId: id, rating: 3 }), "FORBIDDEN", "email_unverified");
    const draft = await createDocument(w.author, completeInput(w, { title: `${tag} Draft` }));
    await expectNotFound(saveFeedback(w.admin, { documentId: draft.id, rating: 3 }));
    await expectNotFound(saveFeedback(w.member, { documentId: "no-such-document", rating: 3 }));
    expect(await db.feedback.count({ where: { documentId: { in: [id, draft.id] } } })).toBe(0);
  });

  it(`shows an average only from ${MIN_RATINGS} ratings on, for the document and its focus area`, async () => {
    const id = await published("Average", { focusAreaIds: [w.otherArea] });
    const raters = [w.member, w.reviewer, w.otherContributor];
    await saveFeedback(raters[0]!, { documentId: id, rating: 2 });
    await saveFeedback(raters[1]!, { documentId: id, rating: 5 });
    expect((await getDocumentFeedback(anonymous, id)).summary).toEqual({ count: 2, average: null });
    expect(await focusAreaRating(anonymous, w.otherArea)).toEqual({ count: 2, average: null });
    await saveFeedback(raters[2]!, { documentId: id, rating: 4 });
    expect((await getDocumentFeedback(anonymous, id)).summary).toEqual({ count: 3, average: 3.7 });
    expect(await focusAreaRating(anonymous, w.otherArea)).toEqual({ count: 3, average: 3.7 });
    // A rating alone is no comment.
    expect(await commentsSeenBy(anonymous, id)).toEqual([]);
  });
});

describe("the document's access rules, everywhere", () => {
  it("hides the comments, ratings and actions of an organization's document from everyone else", async () => {
    const id = await published("Org only", { visibility: "ORGANIZATION", focusAreaIds: [w.otherArea] });
    await saveFeedback(w.member, { documentId: id, rating: 1, comment: "Internal remark." });
    expect(await commentsSeenBy(w.member, id)).toEqual(["Internal remark."]);
    for (const outsider of [anonymous, w.otherContributor]) {
      await expectNotFound(getDocumentFeedback(outsider, id));
      await expectNotFound(saveFeedback(outsider.kind === "user" ? outsider : w.otherContributor, { documentId: id, rating: 5 }));
    }
    const [feedback] = await db.feedback.findMany({ where: { documentId: id }, select: { id: true } });
    await expectNotFound(reportFeedback(w.otherContributor, feedback!.id, undefined));
    await expectNotFound(hideFeedback(w.otherContributor, feedback!.id, "spam"));
    // The ratings of documents a visitor cannot read never count in what they see.
    expect((await focusAreaRating(anonymous, w.otherArea)).count).toBe(3);
  });

  it("takes the comments away from a member who loses access to the document", async () => {
    const id = await published("Lost access", { visibility: "ORGANIZATION" });
    const leaver = await createTestUser(db, tag, "leaver", { memberships: [{ organizationId: w.orgA, role: "MEMBER" }] });
    await saveFeedback(await viewerOf(db, leaver.id), { documentId: id, rating: 4, comment: "Written while a member." });
    expect(await commentsSeenBy(await viewerOf(db, leaver.id), id)).toEqual(["Written while a member."]);
    await db.membership.deleteMany({ where: { userId: leaver.id } });
    const former = await viewerOf(db, leaver.id);
    await expectNotFound(getDocumentFeedback(former, id));
    await expectNotFound(saveFeedback(former, { documentId: id, rating: 1, comment: "Edited after leaving." }));
    expect(await commentsSeenBy(w.member, id)).toEqual(["Written while a member."]);
  });
});

describe("moderation and reports", () => {
  it("lets the area's reviewer hide a comment with a reason, seen then only by its writer and moderators", async () => {
    const id = await published("Moderated");
    await saveFeedback(w.member, { documentId: id, rating: 1, comment: "Off-topic advertising." });
    const [{ id: feedbackId }] = await db.feedback.findMany({ where: { documentId: id }, select: { id: true } }) as [{ id: string }];
    // Readers who may not moderate: NOT_FOUND, as for a comment that does not exist.
    for (const reader of [w.otherContributor, w.otherReviewer, w.member]) await expectNotFound(hideFeedback(reader, feedbackId, "spam"));

    await hideFeedback(w.reviewer, feedbackId, "Advertising");
    expect(await commentsSeenBy(anonymous, id)).toEqual([]);
    expect(await commentsSeenBy(w.otherContributor, id)).toEqual([]);
    const own = await getDocumentFeedback(w.member, id);
    expect(own.comments).toEqual([expect.objectContaining({ own: true, hidden: { reason: "Advertising" } })]);
    expect(own.own).toMatchObject({ hidden: true });
    const moderator = await getDocumentFeedback(w.reviewer, id);
    expect(moderator).toMatchObject({ canModerate: true, comments: [expect.objectContaining({ hidden: { reason: "Advertising" }, reports: 0 })] });
    // The rating still counts; editing the comment does not bring it back.
    expect((await getDocumentFeedback(anonymous, id)).summary.count).toBe(1);
    await saveFeedback(w.member, { documentId: id, rating: 2, comment: "Edited." });
    expect(await commentsSeenBy(anonymous, id)).toEqual([]);

    await showFeedback(w.admin, feedbackId);
    expect(await commentsSeenBy(anonymous, id)).toEqual(["Edited."]);
  });

  it("takes one report per member, never of their own comment, and counts them for moderators only", async () => {
    const id = await published("Reported");
    await saveFeedback(w.member, { documentId: id, rating: 3, comment: "Contested figures." });
    const [{ id: feedbackId }] = await db.feedback.findMany({ where: { documentId: id }, select: { id: true } }) as [{ id: string }];
    await reportFeedback(w.otherContributor, feedbackId, "Misleading");
    await expectAppError(reportFeedback(w.otherContributor, feedbackId, undefined), "CONFLICT", "feedback_already_reported");
    await expectNotFound(reportFeedback(w.member, feedbackId, undefined));
    await expectAppError(reportFeedback(anonymous, feedbackId, undefined), "UNAUTHORIZED", "sign_in_required");
    expect((await getDocumentFeedback(w.otherContributor, id)).comments[0]).toMatchObject({ reportedByViewer: true, reports: null });
    expect((await getDocumentFeedback(w.reviewer, id)).comments[0]).toMatchObject({ reportedByViewer: false, reports: 1 });
  });
});
