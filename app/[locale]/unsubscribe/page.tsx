import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/follows/unsubscribe-form";
import { unsubscribeSchema } from "@/lib/validation/follows";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Follows"))("unsubscribeTitle"), robots: { index: false, follow: false } };
}

/**
 * Where a digest's "unsubscribe" link leads: a button, not an action on opening, since mail
 * scanners open links. Mail programs use the one-click POST (app/api/unsubscribe) instead.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const parsed = unsubscribeSchema.safeParse(await searchParams);
  const t = await getTranslations("Follows");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">{t("unsubscribeTitle")}</h1>
      {parsed.success ? <UnsubscribeForm s={parsed.data.s} t={parsed.data.t} /> : <p className="text-slate-700">{t("unsubscribeInvalid")}</p>}
    </div>
  );
}
