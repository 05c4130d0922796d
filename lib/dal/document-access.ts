import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "./viewer";

/**
 * The documents a viewer may read, as a query condition: every read of documents (pages,
 * lists, counts) combines it with its own filters, so nothing is filtered after loading.
 * Until accounts exist every viewer is anonymous and sees published public documents
 * whose embargo, if any, has passed. The embargo is compared at query time, so it lifts
 * without any job.
 */
export function visibleDocumentsWhere(viewer: Viewer, now: Date = new Date()): Prisma.DocumentWhereInput {
  switch (viewer.kind) {
    case "anonymous":
      return {
        status: "PUBLISHED",
        visibility: "PUBLIC",
        OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }],
      };
  }
}
