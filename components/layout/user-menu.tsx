import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-in";
import { getSignedInProfile, getViewer } from "@/lib/auth/viewer";
import { countUnreadNotifications } from "@/lib/dal/notifications";
import { Link } from "@/lib/i18n/navigation";
import { managesAnyOrganization } from "@/lib/policies/administration";
import { canContribute, canReview } from "@/lib/policies/contribution";

/** Sign-in link for visitors; account, notifications (with the unread count), administration and sign-out for signed-in users. */
export async function UserMenu() {
  const [t, tNotifications, tWorkflow, viewer, user] = await Promise.all([
    getTranslations("Header"), getTranslations("Notifications"), getTranslations("Workflow"), getViewer(), getSignedInProfile(),
  ]);
  const linkClass = "rounded px-1 py-1 hover:underline";
  if (!user) {
    return <Link href="/sign-in" className={`${linkClass} font-semibold`}>{t("signIn")}</Link>;
  }
  const unread = await countUnreadNotifications(viewer);
  return (
    <nav aria-label={t("userNavigation")}>
      <ul className="flex flex-wrap items-center gap-3 text-sm">
        <li>
          <Link href="/account" className={linkClass}>
            <span className="sr-only">{t("account")}: </span>
            {user.name ?? user.email}
          </Link>
        </li>
        <li>
          <Link href="/notifications" className={linkClass}>
            {tNotifications("headerLink")}
            {/* Seen as "(3)"; heard as "3 unread". */}
            {unread > 0 && <><span aria-hidden="true"> ({unread})</span><span className="sr-only">, {tNotifications("headerUnread", { count: unread })}</span></>}
          </Link>
        </li>
        {canContribute(viewer) && (
          <>
            <li><Link href="/documents/new" className={linkClass}>{tWorkflow("menuNew")}</Link></li>
            <li><Link href="/my-documents" className={linkClass}>{tWorkflow("menuMine")}</Link></li>
          </>
        )}
        {canReview(viewer) && <li><Link href="/review" className={linkClass}>{tWorkflow("menuQueue")}</Link></li>}
        {managesAnyOrganization(viewer) && (
          <li><Link href="/admin" className={linkClass}>{t("admin")}</Link></li>
        )}
        <li>
          <form action={signOutAction}>
            <button type="submit" className={`${linkClass} cursor-pointer`}>{t("signOut")}</button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
