import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccessRequestSection } from "@/components/access-requests/access-request-section";
import { Notice } from "@/components/auth/auth-card";
import { InviteForm, RevokeInvitationButton } from "@/components/admin/invitation-forms";
import { MemberRow } from "@/components/admin/member-forms";
import { OrganizationForm } from "@/components/admin/organization-form";
import { updateOrganizationAction } from "@/lib/actions/admin-organizations";
import { getViewer } from "@/lib/auth/viewer";
import { listOpenAccessRequests } from "@/lib/dal/access-requests";
import { orNotFound } from "@/lib/dal/not-found";
import { getManagedOrganization } from "@/lib/dal/organization-admin";
import { isAdmin } from "@/lib/policies/administration";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await orNotFound(getManagedOrganization(await getViewer(), slug))).name };
}

const section = "space-y-4 rounded-xl border border-slate-200 bg-white p-6";

export default async function AdminOrganizationPage({ params, searchParams }: Props) {
  const [{ slug }, query, viewer] = await Promise.all([params, searchParams, getViewer()]);
  const [org, t, format] = await Promise.all([orNotFound(getManagedOrganization(viewer, slug)), getTranslations(), getFormatter()]);
  const requests = await listOpenAccessRequests(viewer, { kind: "MEMBERSHIP", organizationId: org.id });
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{org.name}</h1>
      {query.created && <Notice>{t("Admin.createdNotice")}</Notice>}
      {query.saved && <Notice>{t("Admin.savedNotice")}</Notice>}
      <section aria-labelledby="members-heading" className={section}>
        <h2 id="members-heading" className="text-xl font-semibold">{t("Admin.members")}</h2>
        <p className="text-sm text-slate-700">{t("Admin.memberCount", { count: org.memberships.length })}</p>
        <ul className="space-y-4">
          {org.memberships.map(({ user, role }) => (
            <li key={user.id} className="space-y-1 border-t border-slate-200 pt-3">
              <p className="text-sm"><span className="font-medium">{user.name ?? user.email}</span> <span className="text-slate-600">{user.email}</span></p>
              <MemberRow organizationId={org.id} member={{ id: user.id, name: user.name ?? user.email, role }} />
            </li>
          ))}
        </ul>
        <p className="border-t border-slate-200 pt-3 text-sm text-slate-700">{t("Admin.addMembersHint")}</p>
      </section>
      <AccessRequestSection requests={requests} heading={t("Access.decisionsMembershipHeading")} hint={t("Access.decisionsMembershipHint")} />
      <section aria-labelledby="invite-heading" className={section}>
        <h2 id="invite-heading" className="text-xl font-semibold">{t("Admin.invite")}</h2>
        <InviteForm organizationId={org.id} canGrantRoles={isAdmin(viewer)} />
        <h3 className="text-lg font-semibold">{t("Admin.pendingInvitations")}</h3>
        {org.invitations.length === 0 ? (
          <p className="text-sm text-slate-700">{t("Admin.noInvitations")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {org.invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-3">
                <span>{invitation.email} · {t(`Enums.membershipRole.${invitation.membershipRole}`)} · {t("Admin.expires")} {format.dateTime(invitation.expiresAt, { dateStyle: "medium" })}</span>
                <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="profile-heading" className={section}>
        <h2 id="profile-heading" className="text-xl font-semibold">{t("Admin.profileTitle")}</h2>
        <OrganizationForm
          action={updateOrganizationAction}
          organizationId={org.id}
          submitLabel={t("Admin.save")}
          initial={{ name: org.name, slug: org.slug, acronym: org.acronym ?? "", country: org.country, sector: org.sector, description: org.description ?? "", website: org.website ?? "" }}
        />
      </section>
    </div>
  );
}
