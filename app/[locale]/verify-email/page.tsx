import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard, Notice } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { parseLinkParams } from "@/lib/validation/link-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Auth"))("verifyTitle") };
}

export default async function VerifyEmailPage({ searchParams }: Props) {
  const [link, t, tErrors] = await Promise.all([searchParams.then(parseLinkParams), getTranslations("Auth"), getTranslations("Errors")]);
  if (!link) {
    return <AuthCard title={t("invalidLinkTitle")}><Notice tone="error">{tErrors("link_invalid")}</Notice></AuthCard>;
  }
  return (
    <AuthCard title={t("verifyTitle")} intro={t("verifyText", { email: link.email })}>
      <VerifyEmailForm email={link.email} token={link.token} />
    </AuthCard>
  );
}
