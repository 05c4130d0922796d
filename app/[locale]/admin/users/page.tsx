import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessRequestSection } from "@/components/access-requests/access-request-section";
import { UserList } from "@/components/admin/user-list";
import { Pagination } from "@/components/ui/pagination";
import { getViewer } from "@/lib/auth/viewer";
import { listOpenAccessRequests } from "@/lib/dal/access-requests";
import { orNotFound } from "@/lib/dal/not-found";
import { listUsers } from "@/lib/dal/users";
import { UserRole } from "@/lib/generated/prisma/enums";
import { userFiltersSchema } from "@/lib/validation/admin";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("users") };
}

export default async function AdminUsersPage({ searchParams }: Props) {
  const filters = userFiltersSchema.parse(await searchParams);
  const viewer = await getViewer();
  const [result, requests, t] = await Promise.all([
    orNotFound(listUsers(viewer, filters)),
    orNotFound(listOpenAccessRequests(viewer, { kind: "CONTRIBUTOR" })),
    getTranslations(),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("Admin.users")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="user-q" className="block text-sm font-medium">{t("Admin.search")}</label>
          <input id="user-q" name="q" type="search" defaultValue={filters.q ?? ""} className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <div>
          <label htmlFor="user-role" className="block text-sm font-medium">{t("Admin.roleFilter")}</label>
          <select id="user-role" name="role" defaultValue={filters.role ?? ""} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
            <option value="">{t("Admin.anyRole")}</option>
            {Object.values(UserRole).map((role) => <option key={role} value={role}>{t(`Enums.role.${role}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">{t("Admin.filter")}</button>
      </form>
      <p role="status" className="text-sm text-slate-700">{t("Admin.userCount", { count: result.total })}</p>
      <UserList users={result.users} />
      <Pagination pathname="/admin/users" query={{ q: filters.q, role: filters.role }} page={result.page} pageCount={result.pageCount} />
      <AccessRequestSection requests={requests} heading={t("Access.decisionsContributorHeading")} hint={t("Access.decisionsContributorHint")} />
    </div>
  );
}
