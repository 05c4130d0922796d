// Sending the digest outbox. A mail is claimed (SKIP LOCKED, so any number of processes can
// send), composed from the items its member may still read now, sent with a one-click
// unsubscribe header (RFC 8058), and marked sent. A refusal by the mail server is retried with
// backoff; a sender that stopped mid-send leaves its mail SENDING, and such a mail is abandoned,
// not sent again: it may already have left, and a digest is never sent twice.
import type { Database } from "@/lib/db/client";
import { documentsSql } from "@/lib/dal/document-access-sql";
import { loadRecipient } from "@/lib/dal/viewer-row";
import type { Env } from "@/lib/env";
import { linkOrigin } from "@/lib/http/app-url";
import { isLocale } from "@/lib/i18n/routing";
import type { OutgoingMail, MailTransport } from "@/lib/mail/transport";
import { digest } from "@/lib/mail/templates/digest";
import type { NewsItem } from "./candidates";
import { describeFollow, followedSelect, type FollowedRow } from "./describe";
import type { DigestFrequency } from "./targets";

const BATCH = 20;
const MAX_ATTEMPTS = 5;
/** A claim older than this belongs to a sender that stopped. */
export const STALE_CLAIM_MS = 5 * 60 * 1000;
/** Documents listed by title in one digest; the rest are counted. */
export const DIGEST_LISTED = 10;

export type SendEnv = Pick<Env, "APP_URL" | "PORT" | "PUENTE_ENV">;

async function claim(db: Database, now: Date): Promise<string[]> {
  return db.$transaction(async (tx) => {
    await tx.digestMail.updateMany({
      where: { state: "SENDING", claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
      data: { state: "ABANDONED", lastError: "interrupted while sending: not sent again" },
    });
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "DigestMail" WHERE state = 'PENDING' AND "availableAt" <= ${now}
      ORDER BY "createdAt", id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    const ids = rows.map((row) => row.id);
    if (ids.length > 0) await tx.digestMail.updateMany({ where: { id: { in: ids } }, data: { state: "SENDING", claimedAt: now, attempts: { increment: 1 } } });
    return ids;
  });
}

const subscriptionSelect = { id: true, userId: true, frequency: true, unsubscribeKey: true, ...followedSelect } as const;
type SendingSubscription = FollowedRow & { id: string; frequency: DigestFrequency; unsubscribeKey: string };

/** The mail as it goes out now, or why it does not. */
async function compose(db: Database, mailId: string, now: Date, env: SendEnv): Promise<OutgoingMail | { skip: string }> {
  const mail = await db.digestMail.findUniqueOrThrow({
    where: { id: mailId },
    select: { subscription: { select: subscriptionSelect }, items: { select: { documentId: true } } },
  });
  const s = mail.subscription;
  const recipient = await loadRecipient(db, s.userId);
  if (!recipient?.viewer.verified) return { skip: "the member can no longer receive digests" };
  const ids = mail.items.map((item) => item.documentId);
  const readable = await db.$queryRaw<NewsItem[]>`
    SELECT d.id, d.slug, d.title, d.summary, d.language::text AS language FROM "Document" d
    WHERE d.id = ANY(${ids}::text[]) AND d.status = 'PUBLISHED' AND ${documentsSql(recipient.viewer, "view", now)}
    ORDER BY d."publishedAt" DESC, d.id`;
  // Items the member can no longer read are forgotten: they may be announced once readable again.
  const gone = ids.filter((id) => !readable.some((doc) => doc.id === id));
  if (gone.length > 0) await db.digestItem.deleteMany({ where: { digestMailId: mailId, documentId: { in: gone } } });
  if (readable.length === 0) return { skip: "nothing left that the member may read" };
  return render(s, recipient, readable, env);
}

function render(s: SendingSubscription, recipient: { email: string; locale: string }, readable: NewsItem[], env: SendEnv): OutgoingMail {
  const locale = isLocale(recipient.locale) ? recipient.locale : "en";
  const origin = linkOrigin(env);
  const target = describeFollow(s, locale);
  const key = new URLSearchParams({ s: s.id, t: s.unsubscribeKey });
  const oneClick = `${origin}/api/unsubscribe?${key}`;
  const listed = readable.slice(0, DIGEST_LISTED);
  const rendered = digest(locale, {
    followed: target.followed,
    frequency: s.frequency,
    documents: listed.map((doc) => ({ title: doc.title, url: `${origin}/${locale}/documents/${doc.slug}` })),
    more: readable.length - listed.length,
    targetUrl: `${origin}/${locale}${target.path}`,
    preferencesUrl: `${origin}/${locale}/account/following`,
    unsubscribeUrl: `${origin}/${locale}/unsubscribe?${key}`,
  });
  const headers = { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
  return { to: recipient.email, ...rendered, headers };
}

async function sendOne(db: Database, transport: MailTransport, id: string, now: Date, env: SendEnv): Promise<boolean> {
  const composed = await compose(db, id, now, env);
  if ("skip" in composed) {
    await db.digestMail.update({ where: { id }, data: { state: "ABANDONED", lastError: composed.skip } });
    return false;
  }
  try {
    await transport.send(composed);
  } catch (error) {
    const { attempts } = await db.digestMail.findUniqueOrThrow({ where: { id }, select: { attempts: true } });
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const retry = attempts < MAX_ATTEMPTS;
    // The mail server said no: nothing left, so trying again later cannot send it twice.
    await db.digestMail.update({
      where: { id },
      data: retry ? { state: "PENDING", availableAt: new Date(now.getTime() + 2 ** attempts * 60_000), lastError: reason } : { state: "ABANDONED", lastError: reason },
    });
    return false;
  }
  await db.digestMail.update({ where: { id }, data: { state: "SENT", sentAt: new Date(), subject: composed.subject } });
  return true;
}

/** Sends what the outbox holds (a batch); returns how many mails left. */
export async function sendDigestMails(db: Database, transport: MailTransport, env: SendEnv, now: Date = new Date()): Promise<number> {
  let sent = 0;
  for (const id of await claim(db, now)) if (await sendOne(db, transport, id, now, env)) sent += 1;
  return sent;
}
