// Writing due digests. Each subscription is one transaction: it is locked (SKIP LOCKED, so any
// number of processes can run the job), its news found with the member's own viewer, recorded
// as items (never twice: their key) with a mail in the outbox, and its schedule moved on. A run
// that dies before committing leaves everything as it was; the next run does the work.
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadRecipient } from "@/lib/dal/viewer-row";
import type { SearchEngine } from "@/lib/search/types";
import { findNews, type DigestSubscription } from "./candidates";
import { nextDueAt } from "./schedule";
import type { DigestFrequency } from "./targets";

/** Subscriptions looked at per run; the rest wait for the next run. */
const DUE_PER_RUN = 500;

type LockedRow = DigestSubscription & { userId: string; frequency: DigestFrequency };

async function lockDue(tx: Prisma.TransactionClient, id: string, now: Date): Promise<LockedRow | undefined> {
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT id, "userId", kind::text AS kind, "focusAreaId", "organizationId", tag, search, frequency::text AS frequency, since, "createdAt"
    FROM "Subscription" WHERE id = ${id} AND "nextDueAt" <= ${now}
    FOR UPDATE SKIP LOCKED`;
  return rows[0];
}

/** One subscription's digest, if it is due and has news. True when a mail was written. */
export async function writeDigest(db: Database, engine: SearchEngine, id: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const s = await lockDue(tx, id, now);
    if (!s) return false;
    await tx.subscription.update({ where: { id }, data: { since: now, nextDueAt: nextDueAt(s.frequency, now) } });
    const recipient = await loadRecipient(tx, s.userId);
    // Following needs a confirmed address; one deactivated or unconfirmed since gets nothing.
    if (!recipient?.viewer.verified) return false;
    const news = await findNews(tx, recipient.viewer, s, now, engine);
    if (news.length === 0) return false;
    // Available from the run's own instant, not the database clock, so this run's sender takes it.
    const mail = await tx.digestMail.create({ data: { subscriptionId: id, availableAt: now, createdAt: now }, select: { id: true } });
    await tx.digestItem.createMany({ data: news.map((doc) => ({ subscriptionId: id, documentId: doc.id, digestMailId: mail.id })) });
    return true;
  });
}

/** Writes every due digest (up to DUE_PER_RUN); returns how many mails were written. */
export async function writeDueDigests(db: Database, engine: SearchEngine, now: Date = new Date()): Promise<number> {
  const due = await db.subscription.findMany({
    where: { nextDueAt: { lte: now } },
    select: { id: true },
    orderBy: { nextDueAt: "asc" },
    take: DUE_PER_RUN,
  });
  let written = 0;
  for (const { id } of due) if (await writeDigest(db, engine, id, now)) written += 1;
  return written;
}
