import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";
import { signInWithSso } from "@/lib/actions/sign-in";
import { singleSignOnName } from "@/lib/auth/providers-info";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { safeCallbackPath } from "@/lib/validation/redirect";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("signInTitle") };
}

const errorMessages = { Verification: "linkError", AccessDenied: "accessDenied" } as const;

export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale }, query, t] = await Promise.all([params, searchParams, getTranslations("Auth")]);
  const callbackUrl = typeof query.callbackUrl === "string" ? safeCallbackPath(query.callbackUrl, locale) : undefined;
  const error = typeof query.error === "string" ? (errorMessages[query.error as keyof typeof errorMessages] ?? "genericError") : null;
  const sso = singleSignOnName();

  return (
    <AuthCard title={t("signInTitle")} intro={t("signInIntro")}>
      {query.verified && <Notice>{t("verifiedNotice")}</Notice>}
      {query.reset && <Notice>{t("resetNotice")}</Notice>}
      {query.signedOut === "everywhere" && <Notice>{t("signedOutEverywhere")}</Notice>}
      {error && <Notice tone="error">{t(error)}</Notice>}
      <PasswordSignInForm callbackUrl={callbackUrl} />
      <p className="text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">{t("forgotPassword")}</Link>
      </p>
      {sso && (
        <form action={signInWithSso}>
          {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
          <button type="submit" className="w-full rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:border-brand-600">
            {t("ssoButton", { provider: sso })}
          </button>
        </form>
      )}
      <section aria-labelledby="email-link-heading" className="space-y-3 border-t border-slate-200 pt-6">
        <h2 id="email-link-heading" className="text-base font-semibold">{t("orEmailLink")}</h2>
        <EmailLinkForm callbackUrl={callbackUrl} />
      </section>
      <p className="border-t border-slate-200 pt-6 text-sm">
        {t("noAccount")} <Link href="/sign-up" className="font-medium text-brand-700 underline">{t("createAccount")}</Link>
      </p>
    </AuthCard>
  );
}
