// Emails for notices, sent after the workflow's transaction has committed. Best effort: the
// decision already happened and the in-app notification already exists, so a mail that cannot
// be sent is logged and the caller carries on.
import "server-only";
import { db } from "@/lib/db";
import { loadEnv } from "@/lib/env";
import { linkOrigin } from "@/lib/http/app-url";
import type { Locale } from "@/lib/i18n/routing";
import { sendMail } from "@/lib/mail/mailer";
import { documentNotice } from "@/lib/mail/templates/document-notice";
import type { MailTransport } from "@/lib/mail/transport";
import { noticeUrl } from "./notice-links";
import type { Notice } from "./notify";

export interface DeliverOptions {
  /** Defaults to the configured transport; tests pass their own. */
  transport?: MailTransport;
  /** Defaults to the configured origin (APP_URL, or the local server in development). */
  origin?: string;
}

/** Where links in notice emails point: the configured origin, never a request header. */
export const defaultOrigin = (): string => linkOrigin(loadEnv());

interface Recipient {
  email: string;
  locale: Locale;
  emailFeedback: boolean;
}

/** Recipients and documents in two queries, whatever the number of notices. */
async function loadContext(notices: Notice[]) {
  const [users, documents] = await Promise.all([
    // A deactivated account cannot sign in to act on the notice: it gets no email.
    db.user.findMany({ where: { id: { in: [...new Set(notices.map((n) => n.userId))] }, active: true }, select: { id: true, email: true, locale: true, emailFeedback: true } }),
    db.document.findMany({ where: { id: { in: [...new Set(notices.map((n) => n.documentId))] } }, select: { id: true, title: true, slug: true } }),
  ]);
  const recipients = new Map<string, Recipient>(users.map((u) => [u.id, { email: u.email, locale: u.locale ?? "en", emailFeedback: u.emailFeedback }]));
  return { recipients, documents: new Map(documents.map((d) => [d.id, d])) };
}

export async function deliverNoticeEmails(notices: Notice[], options: DeliverOptions = {}): Promise<void> {
  if (notices.length === 0) return;
  try {
    const origin = options.origin ?? defaultOrigin();
    const { recipients, documents } = await loadContext(notices);
    const sends = notices.map(async (notice) => {
      const recipient = recipients.get(notice.userId);
      const document = documents.get(notice.documentId);
      if (!recipient || !document) return;
      // Feedback is emailed by the recipient's choice (the account page); the notice stays.
      if (notice.kind === "FEEDBACK" && !recipient.emailFeedback) return;
      const url = noticeUrl(origin, recipient.locale, notice.kind, document.slug);
      const mail = documentNotice(recipient.locale, { kind: notice.kind, title: document.title, comment: notice.comment, url });
      await sendMail({ to: recipient.email, ...mail }, { transport: options.transport });
    });
    const results = await Promise.allSettled(sends);
    results.forEach((result, index) => {
      // sendMail has already logged the transport's reason; this says which notice lost its email.
      if (result.status === "rejected") console.error(`notifications: no email for notification ${notices[index]!.notificationId}`);
    });
  } catch (error) {
    console.error("notifications: could not prepare notice emails:", error);
  }
}
