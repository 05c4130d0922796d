import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm, RevokeInvitationButton } from "@/components/admin/invitation-forms";
import { getViewer } from "@/lib/auth/viewer";
import { listPendingInvitations } from "@/lib/dal/invitations";
import { orNotFound } from "@/lib/dal/not-found";
import { listManagedOrganizations } from "@/lib/dal/organization-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin"))("invitations") };
}

export default async function AdminInvitationsPage() {
  const viewer = await getViewer();
  const [invitations, organizations, t, format] = await Promise.all([
    orNotFound(listPendingInvitations(viewer)),
    listManagedOrganizations(viewer),
    getTranslations(),
    getFormatter(),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("Admin.invitations")}</h1>
      <section aria-labelledby="invite-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="invite-heading" className="text-xl font-semibold">{t("Admin.invite")}</h2>
        <InviteForm organizations={organizations.map((o) => ({ id: o.id, name: o.name }))} canGrantRoles />
      </section>
      <section aria-labelledby="pending-heading" className="space-y-3">
        <h2 id="pending-heading" className="text-xl font-semibold">{t("Admin.pendingInvitations")}</h2>
        {invitations.length === 0 ? (
          <p className="text-sm text-slate-700">{t("Admin.noInvitations")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <span>
                  {invitation.email} · {t(`Enums.role.${invitation.role}`)}
                  {invitation.organization && ` · ${invitation.organization.name} (${t(`Enums.membershipRole.${invitation.membershipRole}`)})`}
                  {" · "}{t("Admin.expires")} {format.dateTime(invitation.expiresAt, { dateStyle: "medium" })}
                </span>
                <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
