import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AdminOverview } from "@/lib/dal/admin-overview";
import { Link } from "@/lib/i18n/navigation";

function Card({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">
        <Link href={href} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">{title}</Link>
      </h2>
      <div className="space-y-1 text-sm text-slate-700">{children}</div>
    </li>
  );
}

/** One card per administration section, with what it holds and a link to it. */
export function OverviewCards({ overview }: { overview: AdminOverview }) {
  const t = useTranslations("Admin");
  const { users, invitations, search } = overview;
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {users && (
        <Card href="/admin/users" title={t("users")}>
          <p>{t("overviewUsers", { count: users.total })}</p>
          {users.deactivated > 0 && <p>{t("overviewDeactivated", { count: users.deactivated })}</p>}
          {users.unverified > 0 && <p>{t("overviewUnverified", { count: users.unverified })}</p>}
        </Card>
      )}
      <Card href="/admin/organizations" title={t("organizations")}>
        <p>{users ? t("overviewOrganizations", { count: overview.organizations }) : t("overviewManaged", { count: overview.organizations })}</p>
      </Card>
      {invitations && (
        <Card href="/admin/invitations" title={t("invitations")}>
          <p>{t("overviewInvitations", { count: invitations.pending })}</p>
        </Card>
      )}
      {search && (
        <Card href="/admin/search" title={t("searchNav")}>
          <p>{t("overviewIndexed", { count: search.published })}</p>
          <p>{search.backlog > 0 ? t("overviewBacklog", { count: search.backlog }) : t("overviewUpToDate")}</p>
          {search.failing && <p className="font-semibold text-red-800">{t("overviewSearchFailing")}</p>}
        </Card>
      )}
    </ul>
  );
}
