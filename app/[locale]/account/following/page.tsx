import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowRowControls } from "@/components/follows/follow-row-controls";
import { requireSignedIn } from "@/lib/auth/require-viewer";
import { listFollows, type FollowRow } from "@/lib/dal/follows";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Follows"))("pageTitle") };
}

/** What a row follows, named and linked as the member knows it. */
function followed(row: FollowRow, locale: Locale, t: (key: "tag" | "search" | "searchNamed", values?: Record<string, string>) => string) {
  if (row.focusArea) return { name: locale === "es" ? row.focusArea.nameEs : row.focusArea.nameEn, href: `/focus-areas/${row.focusArea.slug}` };
  if (row.organization) return { name: row.organization.name, href: `/organizations/${row.organization.slug}` };
  if (row.tag !== null) return { name: t("tag", { tag: row.tag }), href: `/search?${new URLSearchParams({ tag: row.tag })}` };
  const q = new URLSearchParams(row.search ?? "").get("q");
  return { name: q ? t("searchNamed", { q }) : t("search"), href: `/search?${row.search ?? ""}` };
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
            const { name, href } = followed(row, locale, t);
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
