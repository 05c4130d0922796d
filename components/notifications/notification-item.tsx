import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { NotificationItem as Item } from "@/lib/dal/notifications";
import { Link } from "@/lib/i18n/navigation";
import { noticePath } from "@/lib/notifications/notice-links";
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

/** One notification; an unread one says so in words and weight, not only with its colour. */
export function NotificationItem({ item, now }: { item: Item; now: Date }) {
  const t = useTranslations("Notifications");
  const format = useFormatter();
  const unread = item.readAt === null;
  const kind = t(`kind.${item.kind}`);
  const action = item.kind === "SUBMITTED" || item.kind === "CHANGES_REQUESTED" || item.kind === "REJECTED" ? t(`action.${item.kind}`) : null;
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
      <DocumentLine item={item} />
      {item.comment && (
        <figure className="text-sm">
          <figcaption className="font-semibold text-slate-700">{t(`commentLabel.${item.kind}`)}:</figcaption>
          <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 whitespace-pre-line text-slate-800">{item.comment}</blockquote>
        </figure>
      )}
      {(unread || (action && item.document?.readable)) && (
        <div className="flex flex-wrap items-center gap-3">
          {action && item.document?.readable && (
            <Link href={noticePath(item.kind, item.document.slug)} className={`text-sm ${linkClass}`}>{action}</Link>
          )}
          {unread && <MarkReadButton notificationId={item.id} label={t("markReadLabel", { kind, title: !item.document ? t("documentGone") : item.document.readable ? item.document.title : t("documentNotReadable") })} />}
        </div>
      )}
    </li>
  );
}
