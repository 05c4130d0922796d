import "server-only";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { AccessRequestKind, AccessRequestStatus, NotificationKind } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/policies/viewer";
import { visibleDocumentsWhere } from "./document-access";
import type { Page } from "./documents";
import { requireUser } from "./guards";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  comment: string | null;
  createdAt: Date;
  readAt: Date | null;
  /**
   * Null once the document is gone. When the viewer may no longer read it (e.g. a reviewer moved
   * off its area) nothing of it is given, not even its current title.
   */
  document: { readable: true; title: string; slug: string } | { readable: false } | null;
  /** For ACCESS_* notices: the request, as it stands now. */
  accessRequest?: {
    kind: AccessRequestKind;
    status: AccessRequestStatus;
    requesterName: string;
    organization: { name: string; slug: string } | null;
  } | null;
}

/** The viewer's notifications, newest first; a notification belongs only to its user. */
export async function listNotifications(viewer: Viewer, { page }: { page: number }): Promise<Page<NotificationItem>> {
  const user = requireUser(viewer);
  const where = { userId: user.id };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      // The id breaks ties between notices created in the same transaction.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: {
        id: true, kind: true, comment: true, createdAt: true, readAt: true,
        document: { select: { id: true, title: true, slug: true } },
        // Told to the people who decide it and to its requester: who asked for what, and where it stands.
        accessRequest: { select: { kind: true, status: true, requester: { select: { name: true, email: true } }, organization: { select: { name: true, slug: true } } } },
      },
    }),
  ]);
  const documentIds = [...new Set(rows.flatMap((row) => (row.document ? [row.document.id] : [])))];
  const readable = documentIds.length
    ? await db.document.findMany({ where: { AND: [{ id: { in: documentIds } }, visibleDocumentsWhere(user)] }, select: { id: true } })
    : [];
  const readableIds = new Set(readable.map((d) => d.id));
  return {
    items: rows.map(({ document, accessRequest, ...row }) => ({
      ...row,
      accessRequest: accessRequest && {
        kind: accessRequest.kind,
        status: accessRequest.status,
        requesterName: accessRequest.requester.name ?? accessRequest.requester.email,
        organization: accessRequest.organization,
      },
      document: !document ? null : readableIds.has(document.id) ? { readable: true, title: document.title, slug: document.slug } : { readable: false },
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)),
  };
}

/** For the header: zero for visitors rather than an error, so it can be asked on every page. */
export async function countUnreadNotifications(viewer: Viewer): Promise<number> {
  if (viewer.kind !== "user") return 0;
  return db.notification.count({ where: { userId: viewer.id, readAt: null } });
}

/**
 * Marks the given notifications, or all of the viewer's (created up to `before`, when given),
 * as read; returns how many changed. Ids that are not the viewer's answer NOT_FOUND and nothing
 * is marked, so a request can neither touch nor probe another person's notifications.
 */
export async function markNotificationsRead(viewer: Viewer, ids: string[] | "all", options: { before?: Date } = {}): Promise<number> {
  const user = requireUser(viewer);
  if (ids !== "all") {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return 0;
    const own = await db.notification.count({ where: { userId: user.id, id: { in: unique } } });
    if (own !== unique.length) throw notFoundError("Notification not found");
  }
  const { count } = await db.notification.updateMany({
    where: {
      userId: user.id,
      readAt: null,
      ...(ids === "all" ? {} : { id: { in: ids } }),
      ...(options.before ? { createdAt: { lte: options.before } } : {}),
    },
    data: { readAt: new Date() },
  });
  return count;
}
