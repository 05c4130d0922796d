import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { NotificationItem as Item } from "@/lib/dal/notifications";
import { Link } from "@/lib/i18n/navigation";
import { isAccessNoticeKind } from "@/lib/notifications/kinds";
import { noticePath } from "@/lib/notifications/notice-links";
import { AccessLine, useAccessNotice, type NoticeLink } from "./access-notice";
import { MarkReadButton } from "./mark-read-forms";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-800";

function DocumentLine({ item }: { item: Item }) {
  const t = useTranslations("Notifications");
  const { document } = item;
  if (!document) return <p className="text-sm text-slate-700">{t("documentGone")}</p>;
  return (
    <p className="text-sm">
      <span className="font-semibold text-slate-700">{t("document")}: </span>
      {document.readable ? (
        <Link href={`/documents/${encodeURIComponent(document.slug)}`} className={linkClass}>{document.title}</Link>
      ) : (
        <span className="text-slate-700">{t("documentNotReadable")}</span>
      )}
    </p>
  );
}

/** The document notice's link, for the kinds that ask the reader to act on a document they can open. */
function documentLink(item: Item, label: (kind: "SUBMITTED" | "CHANGES_REQUESTED" | "REJECTED") => string): NoticeLink | null {
  const { kind, document } = item;
  if (!document?.readable || !(kind === "SUBMITTED" || kind === "CHANGES_REQUESTED" || kind === "REJECTED")) return null;
  return { href: noticePath(kind, document.slug), label: label(kind) };
}

/** One notification; an unread one says so in words and weight, not only with its colour. */
export function NotificationItem({ item, now }: { item: Item; now: Date }) {
  const t = useTranslations("Notifications");
  const format = useFormatter();
  const unread = item.readAt === null;
  const kind = t(`kind.${item.kind}`);
  const accessKind = isAccessNoticeKind(item.kind) ? item.kind : null;
  const access = useAccessNotice(accessKind ?? "ACCESS_REQUESTED", item.accessRequest);
  const link = accessKind ? access.link : documentLink(item, (k) => t(`action.${k}`));
  const title = accessKind ? access.subject : !item.document ? t("documentGone") : item.document.readable ? item.document.title : t("documentNotReadable");
  return (
    <li className={`space-y-2 rounded-xl border bg-white p-4 ${unread ? "border-l-4 border-brand-600" : "border-slate-200"}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {unread && <Badge tone="accent">{t("unread")}</Badge>}
        <h2 className={`text-base ${unread ? "font-bold" : "font-semibold text-slate-800"}`}>{kind}</h2>
        <time
          dateTime={item.createdAt.toISOString()}
          title={format.dateTime(item.createdAt, { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" })}
          className="text-sm text-slate-700"
        >
          {t("receivedAt", { date: format.relativeTime(item.createdAt, now) })}
        </time>
      </div>
      <p className="text-sm text-slate-800">{t(`summary.${item.kind}`)}</p>
      {accessKind ? <AccessLine subject={access.subject} answered={access.answered} /> : <DocumentLine item={item} />}
      {item.comment && (
        <figure className="text-sm">
          <figcaption className="font-semibold text-slate-700">{t(`commentLabel.${item.kind}`)}:</figcaption>
          <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 whitespace-pre-line text-slate-800">{item.comment}</blockquote>
        </figure>
      )}
      {(unread || link) && (
        <div className="flex flex-wrap items-center gap-3">
          {link && <Link href={link.href} className={`text-sm ${linkClass}`}>{link.label}</Link>}
          {unread && <MarkReadButton notificationId={item.id} label={t("markReadLabel", { kind, title })} />}
        </div>
      )}
    </li>
  );
}
