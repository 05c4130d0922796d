import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { DeclineInvitationForm } from "@/components/invitations/decline-invitation-form";
import { getViewer } from "@/lib/auth/viewer";
import { findInvitationForLink } from "@/lib/dal/invitation-view";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Invitation"))("title") };
}

export default async function AcceptInvitationPage({ params, searchParams }: Props) {
  const [{ locale }, query, t, viewer] = await Promise.all([params, searchParams, getTranslations("Invitation"), getViewer()]);
  const token = typeof query.token === "string" ? query.token : "";
  if (!token && query.declined === "1") return <AuthCard title={t("title")}><Notice>{t("declined")}</Notice></AuthCard>;
  const invitation = await findInvitationForLink(token);
  if (!invitation) return <AuthCard title={t("title")}><Notice tone="error">{t("invalid")}</Notice></AuthCard>;
  const target = invitation.organization?.name ?? "Puente";
  const returnTo = `/${locale}/invitations/accept?${new URLSearchParams({ token })}`;
  return (
    <AuthCard title={t("title")} intro={t("intro", { target })}>
      <p className="text-sm text-slate-700">{t("forEmail", { email: invitation.email })}</p>
      {invitation.accountExists && viewer.kind !== "user" ? (
        <>
          <p className="text-sm text-slate-700">{t("signInFirst")}</p>
          <Link href={{ pathname: "/sign-in", query: { callbackUrl: returnTo } }} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            {t("signIn")}
          </Link>
        </>
      ) : (
        <>
          <AcceptInvitationForm token={token} newAccount={!invitation.accountExists} />
          <DeclineInvitationForm token={token} />
        </>
      )}
    </AuthCard>
  );
}
