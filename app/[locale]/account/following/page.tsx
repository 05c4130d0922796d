import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowRowControls } from "@/components/follows/follow-row-controls";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { listFollows } from "@/lib/dal/follows";
import { describeFollow } from "@/lib/digests/describe";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Follows"))("pageTitle") };
}

export default async function FollowingPage({ params }: Props) {
  const viewer = await requireSignedIn("/account/following");
  const [{ locale }, rows, t] = await Promise.all([params, listFollows(viewer), getTranslations("Follows")]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("pageTitle")}</h1>
      <p className="text-slate-700">{t("pageIntro")}</p>
      {rows.length === 0 ? (
        <div className="space-y-2 rounded-lg border border-dashed border-slate-300 bg-white p-6">
          <p className="font-medium">{t("empty")}</p>
          <p className="text-sm text-slate-700">{t("emptyHint")}</p>
        </div>
      ) : (
        <ul aria-label={t("listCaption")} className="space-y-3">
          {rows.map((row) => {
            const { followed: name, path: href } = describeFollow(row, locale);
            return (
              <li key={row.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
                <p>
                  <span className="block text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`kind.${row.kind}`)}</span>
                  <Link href={href} className="font-semibold text-brand-700 underline wrap-anywhere">{name}</Link>
                </p>
                <FollowRowControls id={row.id} name={name} frequency={row.frequency} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
