// The emails for notices, sent after the workflow's commit: in each recipient's language, with
// the right link, to the development mailbox here; and never an exception when sending fails.
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { devMailboxTransport, smtpTransport, type MailTransport } from "@/lib/mail/transport";
import { createTestUser, deleteTagged, mailsTo, newTag, onlyMailTo, urlsIn, type TestUser } from "@/lib/testing/accounts";
import { deliverNoticeEmails, notifyDecision, type Notice } from "./index";

const tag = newTag("nm");
const origin = "https://puente.example";
let contributor: TestUser;
let reviewer: TestUser;
let inactive: TestUser;

async function createDocument(key: string, title = `Doc ${key}`) {
  return db.document.create({
    data: { slug: `${tag}-${key}`, type: "REPORT", title, language: "en", status: "IN_REVIEW", contributorId: contributor.id },
    select: { id: true, slug: true },
  });
}

/** A notice as notifySubmission would return it, stored so it is a real notification. */
async function submittedNotice(userId: string, documentId: string): Promise<Notice> {
  const row = await db.notification.create({ data: { userId, kind: "SUBMITTED", documentId }, select: { id: true } });
  return { notificationId: row.id, userId, kind: "SUBMITTED", documentId, comment: null };
}

/** A port on which nothing listens: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  contributor = await createTestUser(db, tag, "contributor", { role: "CONTRIBUTOR", password: null });
  await db.user.update({ where: { id: contributor.id }, data: { locale: "es" } });
  reviewer = await createTestUser(db, tag, "reviewer", { role: "REVIEWER", password: null });
  inactive = await createTestUser(db, tag, "inactive", { role: "REVIEWER", password: null, active: false });
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await db.document.deleteMany({ where: { slug: { startsWith: `${tag}-` } } });
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("deliverNoticeEmails", () => {
  it("mails each recipient in their language, with the link for the kind of notice", async () => {
    const doc = await createDocument("mail", "Agua <segura> & riego");
    const notices = [
      await submittedNotice(reviewer.id, doc.id),
      ...(await notifyDecision(db, { documentId: doc.id, actorId: reviewer.id, kind: "REJECTED", comment: "Fuera del alcance" })),
    ];
    await deliverNoticeEmails(notices, { origin });

    const toReviewer = await onlyMailTo(db, reviewer.email);
    expect(toReviewer.subject).toBe("New document to review: “Agua <segura> & riego”");
    expect(urlsIn(toReviewer).map(String)).toContain(`${origin}/en/review`);
    expect(toReviewer.html).toContain("Agua &lt;segura&gt; &amp; riego");

    const toContributor = await onlyMailTo(db, contributor.email);
    expect(toContributor.subject).toBe("Su documento no fue aceptado: «Agua <segura> & riego»");
    expect(toContributor.text).toContain("Motivo:\n\nFuera del alcance");
    expect(urlsIn(toContributor).map(String)).toContain(`${origin}/es/documents/${doc.slug}/edit`);
  });

  it("links a published document to its page, from APP_URL or the local origin when none is given", async () => {
    const doc = await createDocument("published");
    await deliverNoticeEmails(await notifyDecision(db, { documentId: doc.id, actorId: reviewer.id, kind: "PUBLISHED" }));
    const mail = (await mailsTo(db, contributor.email)).at(-1)!;
    expect(mail.subject).toBe("Su documento se publicó: «Doc published»");
    expect(urlsIn(mail)[0]!.pathname).toBe(`/es/documents/${doc.slug}`);
  });

  it("sends nothing to a deactivated account", async () => {
    await deliverNoticeEmails([await submittedNotice(inactive.id, (await createDocument("inactive")).id)], { origin });
    expect(await mailsTo(db, inactive.email)).toEqual([]);
  });

  it("logs and carries on when a real SMTP send fails, never throwing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const doc = await createDocument("smtp-fails");
    const notices = await notifyDecision(db, { documentId: doc.id, actorId: reviewer.id, kind: "ARCHIVED" });
    const transport = smtpTransport(parseEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(await closedPort()) }));
    await expect(deliverNoticeEmails(notices, { origin, transport })).resolves.toBeUndefined();
    const logged = log.mock.calls.map((call) => String(call[0])).join("\n");
    expect(logged).toContain("ECONNREFUSED");
    expect(logged).toContain(`no email for notification ${notices[0]!.notificationId}`);
  });

  it("still sends the other emails when one fails", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const mailbox = devMailboxTransport(db);
    const transport: MailTransport = {
      kind: "dev-mailbox",
      send: (message) => (message.to === contributor.email ? Promise.reject(new Error("mailbox full")) : mailbox.send(message)),
    };
    const doc = await createDocument("partial");
    const notices = [...(await notifyDecision(db, { documentId: doc.id, actorId: reviewer.id, kind: "PUBLISHED" })), await submittedNotice(reviewer.id, doc.id)];
    const before = { contributor: (await mailsTo(db, contributor.email)).length, reviewer: (await mailsTo(db, reviewer.email)).length };
    await deliverNoticeEmails(notices, { origin, transport });
    expect(await mailsTo(db, contributor.email)).toHaveLength(before.contributor);
    expect(await mailsTo(db, reviewer.email)).toHaveLength(before.reviewer + 1);
  });

  it("does nothing for no notices, and never throws for notices of vanished rows", async () => {
    await expect(deliverNoticeEmails([])).resolves.toBeUndefined();
    const ghost: Notice = { notificationId: "x", userId: "no-such-user", kind: "PUBLISHED", documentId: "no-such-doc", comment: null };
    await expect(deliverNoticeEmails([ghost], { origin })).resolves.toBeUndefined();
  });
});
