import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationItem } from "@/components/notifications/notification-item";
import { MarkAllReadForm } from "@/components/notifications/mark-read-forms";
import { Pagination } from "@/components/ui/pagination";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { countUnreadNotifications, listNotifications } from "@/lib/dal/notifications";
import { notificationsPageSchema } from "@/lib/validation/notifications";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Notifications"))("title") };
}

// Opening this page marks nothing: a notice stays unread until its reader says otherwise
// (per item or all at once), so a glance at the list never loses what still needs attention.
export default async function NotificationsPage({ searchParams }: Props) {
  const viewer = await requireSignedIn("/notifications");
  const page = notificationsPageSchema.parse((await searchParams).page);
  // Taken before the list is read, so "mark all as read" never covers a notice the list missed.
  const now = new Date();
  const [t, result, unread] = await Promise.all([
    getTranslations("Notifications"),
    listNotifications(viewer, { page }),
    countUnreadNotifications(viewer),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </header>
      {result.total > 0 && (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm font-medium text-slate-800">{t("unreadSummary", { count: unread })}</p>
          {unread > 0 && <MarkAllReadForm shownAt={now.toISOString()} />}
        </div>
      )}
      {result.total === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("empty")}</p>
      ) : result.items.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">{t("pageEmpty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3">
          {result.items.map((item) => <NotificationItem key={item.id} item={item} now={now} />)}
        </ul>
      )}
      <Pagination pathname="/notifications" query={{}} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
