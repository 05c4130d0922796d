import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserActiveForm } from "@/components/admin/user-active-form";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { getViewer } from "@/lib/auth/viewer";
import { listFocusAreas } from "@/lib/dal/focus-areas";
import { orNotFound } from "@/lib/dal/not-found";
import { getUserForAdmin } from "@/lib/dal/users";
import { localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ id: string; locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await orNotFound(getUserForAdmin(await getViewer(), id));
  return { title: user.name ?? user.email };
}

const section = "space-y-4 rounded-xl border border-slate-200 bg-white p-6";

export default async function AdminUserPage({ params }: Props) {
  const { id, locale } = await params;
  const viewer = await getViewer();
  const [user, areas, t] = await Promise.all([orNotFound(getUserForAdmin(viewer, id)), listFocusAreas(viewer), getTranslations()]);
  return (
    <div className="max-w-2xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{user.name ?? user.email}</h1>
        <p className="text-slate-700">{user.email} · {user.active ? t("Admin.active") : t("Admin.deactivated")}</p>
      </header>
      <section aria-labelledby="role-heading" className={section}>
        <h2 id="role-heading" className="text-xl font-semibold">{t("Admin.userRoleTitle")}</h2>
        <UserRoleForm
          userId={user.id}
          role={user.role}
          reviewerFocusAreaIds={user.reviewerAreas.map((area) => area.focusAreaId)}
          areas={areas.map((area) => ({ id: area.id, name: localizedName(area, locale) }))}
        />
      </section>
      <section aria-labelledby="memberships-heading" className={section}>
        <h2 id="memberships-heading" className="text-xl font-semibold">{t("Admin.memberships")}</h2>
        <ul className="text-sm">
          {user.memberships.map((m) => (
            <li key={m.organization.slug}>
              <Link href={`/admin/organizations/${m.organization.slug}`} className="text-brand-700 underline">{m.organization.name}</Link>
              {" · "}{t(`Enums.membershipRole.${m.role}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="access-heading" className={section}>
        <h2 id="access-heading" className="text-xl font-semibold">{t("Admin.accessTitle")}</h2>
        <UserActiveForm userId={user.id} active={user.active} />
      </section>
    </div>
  );
}
