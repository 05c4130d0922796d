import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { getAccount } from "@/lib/dal/account";
import { localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Account"))("title") };
}

const section = "space-y-4 rounded-xl border border-slate-200 bg-white p-6";

export default async function AccountPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn("/account");
  const [{ locale }, query, account, t] = await Promise.all([params, searchParams, getAccount(viewer), getTranslations()]);
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("Account.title")}</h1>
      {query.password === "changed" && <Notice>{t("Account.passwordChangedNotice")}</Notice>}
      {query.invitation === "accepted" && <Notice>{t("Account.invitationAcceptedNotice")}</Notice>}
      <section aria-labelledby="profile-heading" className={section}>
        <h2 id="profile-heading" className="text-xl font-semibold">{t("Account.profile")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold text-slate-600">{t("Account.email")}</dt><dd>{account.email}</dd>
          <dt className="font-semibold text-slate-600">{t("Account.role")}</dt><dd>{t(`Enums.role.${account.role}`)}</dd>
          {account.role === "REVIEWER" && (
            <>
              <dt className="font-semibold text-slate-600">{t("Account.reviewerAreas")}</dt>
              <dd>{account.reviewerAreas.length ? account.reviewerAreas.map((r) => localizedName(r.focusArea, locale)).join(", ") : t("Account.allAreas")}</dd>
            </>
          )}
        </dl>
        <ProfileForm name={account.name ?? ""} locale={account.locale ?? locale} emailFeedback={account.emailFeedback} />
        <p className="text-sm"><Link href="/account/following" className="font-medium text-brand-700 underline">{t("Follows.accountLink")}</Link></p>
      </section>
      <section aria-labelledby="memberships-heading" className={section}>
        <h2 id="memberships-heading" className="text-xl font-semibold">{t("Account.memberships")}</h2>
        {account.memberships.length === 0 ? (
          <p className="text-sm text-slate-700">{t("Account.noMemberships")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {account.memberships.map((m) => (
              <li key={m.organization.slug}>
                <Link href={`/organizations/${m.organization.slug}`} className="text-brand-700 underline">{m.organization.name}</Link>
                {" · "}{t(`Enums.membershipRole.${m.role}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="text-xl font-semibold">{t("Account.passwordTitle")}</h2>
        {account.hasPassword ? <ChangePasswordForm /> : <p className="text-sm text-slate-700">{t("Account.noPassword")}</p>}
      </section>
      <section aria-labelledby="sessions-heading" className={section}>
        <h2 id="sessions-heading" className="text-xl font-semibold">{t("Account.sessionsTitle")}</h2>
        <p className="text-sm text-slate-700">{t("Account.sessionsText")}</p>
        <form action={signOutEverywhereAction}>
          <SubmitButton tone="danger">{t("Account.signOutEverywhere")}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
