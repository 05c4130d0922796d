// Documents seeded "in review" look as if they had been submitted a few days ago: the review
// queue shows how long they have waited (submittedAt), and the reviewers of their focus areas
// have the unread notice the workflow writes on a submission (lib/notifications/notify.ts,
// notifySubmission: active, verified reviewers of one of the areas, or of all areas, except
// the submitter). The seed cannot import that module (it is server-only); the seed's
// integration test checks both choose the same people.
import type { Prisma } from "../../lib/generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_WAIT_DAYS = 3;

export function submittedAtFor(daysAgo: number | undefined, now: Date): Date {
  return new Date(now.getTime() - (daysAgo ?? DEFAULT_WAIT_DAYS) * DAY_MS);
}

export async function notifySeededSubmission(
  tx: Prisma.TransactionClient,
  input: { documentId: string; submitterId: string; focusAreaSlugs: string[]; submittedAt: Date },
): Promise<void> {
  const reviewers = await tx.user.findMany({
    where: {
      role: "REVIEWER",
      active: true,
      emailVerified: { not: null },
      id: { not: input.submitterId },
      OR: [{ reviewerAreas: { none: {} } }, { reviewerAreas: { some: { focusArea: { slug: { in: input.focusAreaSlugs } } } } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (reviewers.length === 0) return;
  await tx.notification.createMany({
    data: reviewers.map((reviewer) => ({ userId: reviewer.id, kind: "SUBMITTED" as const, documentId: input.documentId, createdAt: input.submittedAt })),
  });
}
