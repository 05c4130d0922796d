import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { isResetLinkValid } from "@/lib/auth/links";
import { Link } from "@/lib/i18n/navigation";
import { parseLinkParams } from "@/lib/validation/link-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("resetTitle") };
}

export default async function ResetPasswordPage({ searchParams }: Props) {
  const [link, t, tErrors] = await Promise.all([searchParams.then(parseLinkParams), getTranslations("Auth"), getTranslations("Errors")]);
  if (!link || !(await isResetLinkValid(link))) {
    return (
      <AuthCard title={t("invalidLinkTitle")}>
        <Notice tone="error">{tErrors("link_invalid")}</Notice>
        <Link href="/forgot-password" className="text-sm font-medium text-brand-700 underline">{t("forgotButton")}</Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("resetTitle")}>
      <ResetPasswordForm email={link.email} token={link.token} />
    </AuthCard>
  );
}
