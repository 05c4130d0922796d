import { useFormatter, useTranslations } from "next-intl";
import type { AdminUserRow } from "@/lib/dal/users";
import { Link } from "@/lib/i18n/navigation";

/**
 * The administration's user list: a table on wide screens, a card per user on phones (where
 * the table pushed the status off screen). Only one of the two is displayed at a time.
 */
export function UserList({ users }: { users: AdminUserRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const rows = users.map((user) => ({
    user,
    name: (
      <>
        <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-700 underline">{user.name ?? user.email}</Link>
        <div className="text-xs text-slate-600">{user.email}</div>
      </>
    ),
    role: t(`Enums.role.${user.role}`),
    status: (
      <>
        {user.active ? t("Admin.active") : t("Admin.deactivated")}
        {!user.emailVerified && <div className="text-xs text-slate-600">{t("Admin.unverified")}</div>}
      </>
    ),
    lastSignIn: user.lastSignInAt ? format.dateTime(user.lastSignInAt, { dateStyle: "medium" }) : t("Admin.never"),
  }));
  const term = "font-semibold text-slate-600";
  return (
    <>
      <ul aria-label={t("Admin.users")} className="space-y-3 md:hidden">
        {rows.map((row) => (
          <li key={row.user.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm wrap-anywhere">
            <div>{row.name}</div>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
              <dt className={term}>{t("Admin.status")}</dt><dd>{row.status}</dd>
              <dt className={term}>{t("Admin.role")}</dt><dd>{row.role}</dd>
              <dt className={term}>{t("Admin.lastSignIn")}</dt><dd>{row.lastSignIn}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("Admin.users")}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">{t("Admin.name")}</th>
              <th scope="col" className="px-3 py-2">{t("Admin.role")}</th>
              <th scope="col" className="px-3 py-2">{t("Admin.status")}</th>
              <th scope="col" className="px-3 py-2">{t("Admin.lastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.user.id} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-normal wrap-anywhere">{row.name}</th>
                <td className="px-3 py-2">{row.role}</td>
                <td className="px-3 py-2">{row.status}</td>
                <td className="px-3 py-2">{row.lastSignIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
