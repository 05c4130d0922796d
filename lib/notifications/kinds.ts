// Notices are about a document (the review workflow) or about an access request (a member asks
// for contributor access or to join an organization, then hears the decision).
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export const accessNoticeKinds = ["ACCESS_REQUESTED", "ACCESS_GRANTED", "ACCESS_DECLINED"] as const satisfies readonly NotificationKind[];

export type AccessNoticeKind = (typeof accessNoticeKinds)[number];
export type DocumentNoticeKind = Exclude<NotificationKind, AccessNoticeKind>;

export const isAccessNoticeKind = (kind: NotificationKind): kind is AccessNoticeKind => (accessNoticeKinds as readonly NotificationKind[]).includes(kind);
