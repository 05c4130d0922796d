import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganizationForm } from "@/components/admin/organization-form";
import { createOrganizationAction } from "@/lib/actions/admin-organizations";
import { getViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/dal/not-found";
import { listManagedOrganizations } from "@/lib/dal/organization-admin";
import { Link } from "@/lib/i18n/navigation";
import { isAdmin } from "@/lib/policies/administration";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("organizations") };
}

export default async function AdminOrganizationsPage() {
  const viewer = await getViewer();
  const [organizations, t] = await Promise.all([orNotFound(listManagedOrganizations(viewer)), getTranslations()]);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("Admin.organizations")}</h1>
      {organizations.length === 0 ? (
        <p className="text-slate-700">{t("Admin.noOrganizations")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {organizations.map((org) => (
            <li key={org.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
              <Link href={`/admin/organizations/${org.slug}`} className="font-medium text-brand-700 underline">{org.name}</Link>
              <span className="text-slate-600">{org.country} · {t(`Enums.sector.${org.sector}`)} · {t("Admin.memberCount", { count: org._count.memberships })}</span>
            </li>
          ))}
        </ul>
      )}
      {isAdmin(viewer) && (
        <section aria-labelledby="create-heading" className="max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="create-heading" className="text-xl font-semibold">{t("Admin.createOrganization")}</h2>
          <OrganizationForm action={createOrganizationAction} submitLabel={t("Admin.create")} />
        </section>
      )}
    </div>
  );
}
