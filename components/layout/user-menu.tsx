import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/sign-in";
import { getSignedInProfile, getViewer } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";
import { managesAnyOrganization } from "@/lib/policies/administration";

/** Sign-in link for visitors; account, administration and sign-out for signed-in users. */
export async function UserMenu() {
  const [t, viewer, user] = await Promise.all([getTranslations("Header"), getViewer(), getSignedInProfile()]);
  const linkClass = "rounded px-1 py-1 hover:underline";
  if (!user) {
    return <Link href="/sign-in" className={`${linkClass} font-semibold`}>{t("signIn")}</Link>;
  }
  return (
    <nav aria-label={t("userNavigation")}>
      <ul className="flex flex-wrap items-center gap-3 text-sm">
        <li>
          <Link href="/account" className={linkClass}>
            <span className="sr-only">{t("account")}: </span>
            {user.name ?? user.email}
          </Link>
        </li>
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
