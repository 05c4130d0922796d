// Emails for access notices, sent after the transaction has committed, in each recipient's
// language. Best effort, like the document notices: the in-app notice already exists, so a mail
// that cannot be sent is logged and the caller carries on.
import "server-only";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/mailer";
import { accessNotice } from "@/lib/mail/templates/access-notice";
import type { AccessNotice } from "./access-notify";
import { defaultOrigin, type DeliverOptions } from "./deliver";
import { accessNoticeUrl } from "./notice-links";

async function loadContext(notices: AccessNotice[]) {
  const [users, requests] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(notices.map((n) => n.userId))] }, active: true }, select: { id: true, email: true, locale: true } }),
    db.accessRequest.findMany({
      where: { id: { in: [...new Set(notices.map((n) => n.accessRequestId))] } },
      select: { id: true, kind: true, message: true, requester: { select: { name: true, email: true } }, organization: { select: { name: true, slug: true } } },
    }),
  ]);
  return { recipients: new Map(users.map((u) => [u.id, { email: u.email, locale: u.locale ?? "en" }])), requests: new Map(requests.map((r) => [r.id, r])) };
}

export async function deliverAccessNoticeEmails(notices: AccessNotice[], options: DeliverOptions = {}): Promise<void> {
  if (notices.length === 0) return;
  try {
    const [origin, { recipients, requests }] = await Promise.all([options.origin ?? defaultOrigin(), loadContext(notices)]);
    const sends = notices.map(async (notice) => {
      const recipient = recipients.get(notice.userId);
      const request = requests.get(notice.accessRequestId);
      if (!recipient || !request) return;
      const url = accessNoticeUrl(origin, recipient.locale, notice.kind, { kind: request.kind, organizationSlug: request.organization?.slug ?? null });
      const mail = accessNotice(recipient.locale, {
        kind: notice.kind,
        requestKind: request.kind,
        requesterName: request.requester.name ?? request.requester.email,
        organizationName: request.organization?.name ?? null,
        message: notice.kind === "ACCESS_REQUESTED" ? request.message : null,
        url,
      });
      await sendMail({ to: recipient.email, ...mail }, { transport: options.transport });
    });
    const results = await Promise.allSettled(sends);
    results.forEach((result, index) => {
      if (result.status === "rejected") console.error(`notifications: no email for notification ${notices[index]!.notificationId}`);
    });
  } catch (error) {
    console.error("notifications: could not prepare access notice emails:", error);
  }
}
