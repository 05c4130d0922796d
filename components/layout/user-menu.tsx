import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/actions/sign-in";
import { getSignedInProfile, getViewer } from "@/lib/auth/viewer";
import { countUnreadNotifications } from "@/lib/dal/notifications";
import { Link } from "@/lib/i18n/navigation";
import { managesAnyOrganization } from "@/lib/policies/administration";
import { canContribute, canReview } from "@/lib/policies/contribution";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitcher } from "./language-switcher";

/**
 * Sign-in and the language for visitors. For signed-in users: account, notifications (with the
 * unread count), writing, reviewing, administration and sign-out, in a row on wide screens and
 * behind a menu button on narrow ones (one short header row instead of four). The search box
 * goes where it keeps the order of the page the same as the order of the keyboard: after the
 * menu button (it takes a row of its own on phones), before the links on wide screens.
 */
export async function UserMenu({ search }: { search: ReactNode }) {
  const [t, tNotifications, tWorkflow, viewer, user] = await Promise.all([
    getTranslations("Header"), getTranslations("Notifications"), getTranslations("Workflow"), getViewer(), getSignedInProfile(),
  ]);
  const linkClass = "rounded px-1 py-1 hover:underline";
  if (!user) {
    return (
      <>
        <Link href="/sign-in" className={`${linkClass} text-sm font-semibold whitespace-nowrap`}>{t("signIn")}</Link>
        <LanguageSwitcher compact />
        {search}
      </>
    );
  }
  const unread = await countUnreadNotifications(viewer);
  // A verified member who cannot write yet finds out how to ask for it where writers find "New document".
  const asksToContribute = viewer.kind === "user" && viewer.verified && !canContribute(viewer);
  // Seen as "(3)"; heard as "3 unread".
  const unreadMark = unread > 0 && <><span aria-hidden="true"> ({unread})</span><span className="sr-only">, {tNotifications("headerUnread", { count: unread })}</span></>;
  const links = (listClass: string, itemClass: string) => (
    <nav aria-label={t("userNavigation")}>
      <ul className={`${listClass} text-sm`}>
        <li>
          <Link href="/account" className={itemClass}>
            <span className="sr-only">{t("account")}: </span>
            {user.name ?? user.email}
          </Link>
        </li>
        <li><Link href="/notifications" className={itemClass}>{tNotifications("headerLink")}{unreadMark}</Link></li>
        {canContribute(viewer) && (
          <>
            <li><Link href="/documents/new" className={itemClass}>{tWorkflow("menuNew")}</Link></li>
            <li><Link href="/my-documents" className={itemClass}>{tWorkflow("menuMine")}</Link></li>
          </>
        )}
        {asksToContribute && <li><Link href="/documents/new" className={itemClass}>{tWorkflow("menuContribute")}</Link></li>}
        {canReview(viewer) && <li><Link href="/review" className={itemClass}>{tWorkflow("menuQueue")}</Link></li>}
        {managesAnyOrganization(viewer) && <li><Link href="/admin" className={itemClass}>{t("admin")}</Link></li>}
        <li>
          <form action={signOutAction}>
            <button type="submit" className={`${itemClass} cursor-pointer`}>{t("signOut")}</button>
          </form>
        </li>
      </ul>
    </nav>
  );
  const menuItem = "block w-full rounded px-2 py-2.5 text-left hover:bg-white/10 wrap-anywhere";
  return (
    <>
      <HeaderMenu label={t("menu")} badge={unreadMark}>
        {links("grid gap-1 border-b border-white/20 pb-3", menuItem)}
        <div className="pt-3"><LanguageSwitcher /></div>
      </HeaderMenu>
      {search}
      <div className="hidden items-center gap-6 lg:flex">
        {links("flex flex-wrap items-center gap-3", `${linkClass} wrap-anywhere`)}
        <LanguageSwitcher />
      </div>
    </>
  );
}
