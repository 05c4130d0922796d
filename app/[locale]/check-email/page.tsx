import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("checkEmailTitle") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("Auth");
  return (
    <AuthCard title={t("checkEmailTitle")} intro={t("checkEmailText")}>
      <Link href="/sign-in" className="text-sm font-medium text-brand-700 underline">{t("backToSignIn")}</Link>
    </AuthCard>
  );
}
