// The digest job against the real database and mail outbox (the development mailbox): news is
// what the member may read when the digest goes out, never twice, caught up after downtime,
// embargoes announced when they lift, saved searches matched by the search engine, and a
// digest carries a working one-click unsubscribe.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDocument } from "@/lib/dal/document-editing";
import { decideReview, submitDocument } from "@/lib/dal/document-workflow";
import { follow, unsubscribeWithKey } from "@/lib/dal/follows";
import { devMailboxTransport, type MailTransport } from "@/lib/mail/transport";
import { PostgresSearchEngine } from "@/lib/search/postgres/postgres-engine";
import { drainOutbox } from "@/lib/search/sync";
import { createTestUser, emailFor, newTag, viewerOf } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import type { UserViewer } from "@/lib/policies/viewer";
import { sendDigestMails, STALE_CLAIM_MS } from "./send";
import { writeDueDigests } from "./write";

const tag = newTag("dg");
const env = { APP_URL: "https://puente.test", PORT: 3000, PUENTE_ENV: "test" as const };
const engine = new PostgresSearchEngine(db);
const mailbox = devMailboxTransport(db);
let w: ContributionWorld;
let reader: UserViewer;
const readerEmail = emailFor(tag, "reader");

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
  reader = await viewerOf(db, (await createTestUser(db, tag, "reader", { password: null })).id);
});
afterAll(async () => {
  await db.subscription.deleteMany({ where: { userId: reader.id } });
  await deleteContributionWorld(db, tag);
});
beforeEach(async () => {
  await db.subscription.deleteMany({ where: { userId: reader.id } });
  await db.mailMessage.deleteMany({ where: { to: readerEmail } });
});

async function publish(title: string, overrides: Record<string, unknown> = {}) {
  const author = overrides.organizationId === w.orgB ? w.otherContributor : w.author;
  const doc = await createDocument(author, completeInput(w, { title: `${tag} ${title}`, ...overrides }));
  await submitDocument(author, doc.id, doc.version);
  await decideReview(w.reviewer, doc.id, { decision: "publish" });
  return doc.id;
}

/** One run of the job at `now`: write what is due, send what is waiting. */
async function run(now = new Date(), transport: MailTransport = mailbox) {
  const written = await writeDueDigests(db, engine, now);
  const sent = await sendDigestMails(db, transport, env, now);
  return { written, sent };
}
const mails = () => db.mailMessage.findMany({ where: { to: readerEmail }, orderBy: { createdAt: "asc" } });
const later = (ms: number) => new Date(Date.now() + ms);

describe("digests", () => {
  it("announce only what the member may read, once, with a one-click unsubscribe", async () => {
    const { id } = await follow(reader, { kind: "FOCUS_AREA", focusAreaId: w.area, frequency: "IMMEDIATE" });
    await publish("Open report");
    await publish("Partners only", { visibility: "ORGANIZATION", organizationId: w.orgB });
    expect(await run()).toEqual({ written: 1, sent: 1 });
    const [mail, ...rest] = await mails();
    expect(rest).toEqual([]);
    expect(mail!.subject).toBe(`1 new document: ${tag}-area`.replace(`${tag}-area`, (await db.focusArea.findUniqueOrThrow({ where: { id: w.area } })).nameEn));
    expect(mail!.text).toContain(`${tag} Open report`);
    expect(mail!.text + mail!.html).not.toContain("Partners only");
    const headers = mail!.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const link = new URL(/^<(.+)>$/.exec(headers["List-Unsubscribe"]!)![1]!);
    expect(link.origin + link.pathname).toBe("https://puente.test/api/unsubscribe");
    expect(link.searchParams.get("s")).toBe(id);
    // Nothing twice: the next runs find nothing new.
    expect(await run()).toEqual({ written: 0, sent: 0 });
    expect(await run(later(1000))).toEqual({ written: 0, sent: 0 });
    expect(await mails()).toHaveLength(1);
    // The link's key unsubscribes; any other key does nothing.
    expect(await unsubscribeWithKey(id, "x".repeat(32))).toBe(false);
    expect(await unsubscribeWithKey(id, link.searchParams.get("t")!)).toBe(true);
    expect(await db.subscription.count({ where: { id } })).toBe(0);
  });

  it("announce an embargoed document when its embargo lifts, not before", async () => {
    await follow(reader, { kind: "ORGANIZATION", organizationId: w.orgA, frequency: "IMMEDIATE" });
    // Embargoes end at the start of a day: tomorrow.
    await publish("Embargoed study", { embargoUntil: later(24 * 60 * 60 * 1000).toISOString().slice(0, 10) });
    const liftsAt = (await db.document.findFirstOrThrow({ where: { title: `${tag} Embargoed study` }, select: { embargoUntil: true } })).embargoUntil!;
    expect(await run()).toEqual({ written: 0, sent: 0 });
    expect(await run(new Date(liftsAt.getTime() - 1000))).toEqual({ written: 0, sent: 0 });
    expect(await run(new Date(liftsAt.getTime() + 1000))).toEqual({ written: 1, sent: 1 });
    expect((await mails())[0]!.text).toContain(`${tag} Embargoed study`);
  });

  it("send a daily digest at its hour, catching up once with everything after downtime", async () => {
    const now = new Date();
    await follow(reader, { kind: "TAG", tag: `${tag}-daily`, frequency: "DAILY" }, now);
    await publish("Daily one", { tags: [`${tag}-daily`] });
    await publish("Daily two", { tags: [`${tag}-daily`] });
    const { nextDueAt } = await db.subscription.findFirstOrThrow({ where: { userId: reader.id } });
    expect(nextDueAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await run(new Date(Math.min(nextDueAt.getTime() - 1, Date.now() + 1)))).toEqual({ written: 0, sent: 0 });
    // The job was down for three days: one digest with both, then back on the daily schedule.
    const back = new Date(nextDueAt.getTime() + 3 * 24 * 60 * 60 * 1000);
    expect(await run(back)).toEqual({ written: 1, sent: 1 });
    expect((await mails())[0]!.subject).toMatch(/^2 new documents: the tag/);
    const after = await db.subscription.findFirstOrThrow({ where: { userId: reader.id } });
    expect(after.nextDueAt.getTime()).toBeGreaterThan(back.getTime());
    expect(after.nextDueAt.getTime() - back.getTime()).toBeLessThanOrEqual(24 * 60 * 60 * 1000);
  });

  it("match a saved search with the search engine, as the member", async () => {
    const word = `${tag}quetzal`;
    await follow(reader, { kind: "SEARCH", search: `q=${word}&type=BEST_PRACTICE`, frequency: "IMMEDIATE" });
    await publish("Mentions it", { summary: `A note on ${word} habitats.` });
    await publish("Does not mention it");
    await drainOutbox(db, engine);
    expect(await run()).toEqual({ written: 1, sent: 1 });
    const [mail] = await mails();
    expect(mail!.subject).toBe(`1 new document: the search “${word}”`);
    expect(mail!.text).toContain(`${tag} Mentions it`);
    expect(mail!.text).not.toContain("Does not mention it");
  });

  it("drop a document the member lost access to between writing and sending, and send nothing if none is left", async () => {
    const insider = await viewerOf(db, (await createTestUser(db, tag, "insider", { password: null, memberships: [{ organizationId: w.orgB, role: "MEMBER" }] })).id);
    await follow(insider, { kind: "ORGANIZATION", organizationId: w.orgB, frequency: "IMMEDIATE" });
    await publish("Partners memo", { visibility: "ORGANIZATION", organizationId: w.orgB });
    expect(await writeDueDigests(db, engine)).toBe(1);
    await db.membership.deleteMany({ where: { userId: insider.id } });
    expect(await sendDigestMails(db, mailbox, env)).toBe(0);
    expect(await db.mailMessage.count({ where: { to: emailFor(tag, "insider") } })).toBe(0);
    expect(await db.digestMail.findFirst({ where: { subscription: { userId: insider.id } }, select: { state: true } })).toEqual({ state: "ABANDONED" });
  });

  it("retry a mail the server refused, and never resend one whose sender stopped mid-send", async () => {
    await follow(reader, { kind: "FOCUS_AREA", focusAreaId: w.area, frequency: "IMMEDIATE" });
    await publish("Retried");
    const refusing: MailTransport = { kind: "smtp", send: async () => Promise.reject(new Error("421 try again later")) };
    expect(await run(new Date(), refusing)).toEqual({ written: 1, sent: 0 });
    expect(await db.digestMail.findFirstOrThrow({ where: { subscription: { userId: reader.id } } })).toMatchObject({ state: "PENDING", attempts: 1, lastError: "421 try again later" });
    expect(await run(later(2 * 60 * 1000))).toEqual({ written: 0, sent: 1 });
    expect(await mails()).toHaveLength(1);

    await publish("Interrupted");
    // The last run was two minutes ahead: the subscription is due again after it.
    expect(await writeDueDigests(db, engine, later(3 * 60 * 1000))).toBe(1);
    // A sender claims it and dies before it knows whether the mail left.
    await db.digestMail.updateMany({ where: { state: "PENDING", subscription: { userId: reader.id } }, data: { state: "SENDING", claimedAt: new Date() } });
    expect(await sendDigestMails(db, mailbox, env, later(STALE_CLAIM_MS + 1000))).toBe(0);
    expect(await db.digestMail.count({ where: { state: "ABANDONED", subscription: { userId: reader.id } } })).toBe(1);
    expect(await mails()).toHaveLength(1);
  });

  it("write one digest when two processes run the job at once", async () => {
    await follow(reader, { kind: "FOCUS_AREA", focusAreaId: w.area, frequency: "IMMEDIATE" });
    await publish("Raced");
    const now = new Date();
    const [a, b] = await Promise.all([writeDueDigests(db, engine, now), writeDueDigests(db, engine, now)]);
    expect(a + b).toBe(1);
    await Promise.all([sendDigestMails(db, mailbox, env, now), sendDigestMails(db, mailbox, env, now)]);
    expect(await mails()).toHaveLength(1);
  });

  it("send nothing to a member whose address is not confirmed", async () => {
    const unconfirmed = await viewerOf(db, (await createTestUser(db, tag, "unconfirmed", { password: null })).id);
    await follow(unconfirmed, { kind: "FOCUS_AREA", focusAreaId: w.area, frequency: "IMMEDIATE" });
    await db.user.update({ where: { id: unconfirmed.id }, data: { emailVerified: null } });
    await publish("Unconfirmed");
    await run();
    expect(await db.mailMessage.count({ where: { to: emailFor(tag, "unconfirmed") } })).toBe(0);
  });
});
