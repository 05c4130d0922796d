import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("signUpTitle") };
}

export default async function SignUpPage() {
  const t = await getTranslations("Auth");
  return (
    <AuthCard title={t("signUpTitle")} intro={t("signUpIntro")}>
      <SignUpForm />
      <p className="border-t border-slate-200 pt-6 text-sm">
        {t("haveAccount")} <Link href="/sign-in" className="font-medium text-brand-700 underline">{t("signInButton")}</Link>
      </p>
    </AuthCard>
  );
}
