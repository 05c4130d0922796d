// Documents seeded "in review" look as if they had been submitted a few days ago: the review
// queue shows how long they have waited (submittedAt), and the reviewers of their focus areas
// have the unread notice the workflow writes on a submission, to the same people
// (lib/notifications/area-reviewers.ts).
import type { Prisma } from "../../lib/generated/prisma/client";
import { areaReviewerIds } from "../../lib/notifications/area-reviewers";

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_WAIT_DAYS = 3;

export function submittedAtFor(daysAgo: number | undefined, now: Date): Date {
  return new Date(now.getTime() - (daysAgo ?? DEFAULT_WAIT_DAYS) * DAY_MS);
}

export async function notifySeededSubmission(
  tx: Prisma.TransactionClient,
  input: { documentId: string; submitterId: string; submittedAt: Date },
): Promise<void> {
  const reviewers = await areaReviewerIds(tx, { documentId: input.documentId, actorId: input.submitterId });
  if (reviewers.length === 0) return;
  await tx.notification.createMany({
    data: reviewers.map((userId) => ({ userId, kind: "SUBMITTED" as const, documentId: input.documentId, createdAt: input.submittedAt })),
  });
}
