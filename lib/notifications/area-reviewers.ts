// Who hears about work waiting for review: the active, verified reviewers of one of the
// document's focus areas (or of all areas), except the person who acted. Not server-only, so
// the seed writes the same notices for the documents it puts in review.
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function areaReviewerIds(tx: Prisma.TransactionClient, input: { documentId: string; actorId: string }): Promise<string[]> {
  const document = await tx.document.findUnique({
    where: { id: input.documentId },
    select: { focusAreas: { select: { focusAreaId: true } } },
  });
  if (!document) throw notFoundError("Document not found");
  const areaIds = document.focusAreas.map((area) => area.focusAreaId);
  const reviewers = await tx.user.findMany({
    where: {
      role: "REVIEWER",
      active: true,
      emailVerified: { not: null },
      id: { not: input.actorId },
      OR: [{ reviewerAreas: { none: {} } }, { reviewerAreas: { some: { focusAreaId: { in: areaIds } } } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return reviewers.map((r) => r.id);
}
