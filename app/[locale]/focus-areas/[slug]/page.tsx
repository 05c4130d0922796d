import type { Metadata } from "next";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentResults } from "@/components/documents/document-results";
import { FollowControl } from "@/components/follows/follow-control";
import { FocusAreaImpact } from "@/components/impact/focus-area-impact";
import { ImpactSkeleton } from "@/components/impact/impact-skeleton";
import { DocumentFilters } from "@/components/focus-areas/document-filters";
import { TypeCounts } from "@/components/focus-areas/type-counts";
import { Pagination } from "@/components/ui/pagination";
import { getViewer } from "@/lib/auth/viewer";
import { countDocumentsByType, listDocuments, listPublicationYears } from "@/lib/dal/documents";
import { focusAreaRating } from "@/lib/dal/feedback";
import { getFocusAreaBySlug } from "@/lib/dal/focus-areas";
import { orNotFound } from "@/lib/dal/not-found";
import { localizedDescription, localizedName } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { DOCUMENTS_PAGE_SIZE, parseBrowseFilters } from "@/lib/validation/browse";

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const area = await orNotFound(getFocusAreaBySlug(await getViewer(), slug));
  return { title: localizedName(area, locale), description: localizedDescription(area, locale) };
}

export default async function FocusAreaPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const filters = parseBrowseFilters(await searchParams);
  const viewer = await getViewer();
  const area = await orNotFound(getFocusAreaBySlug(viewer, slug));
  const scope = { focusAreaId: area.id };
  const [t, tFeedback, tHeader, tImpact, locale, page, typeCounts, years, rating] = await Promise.all([
    getTranslations("FocusArea"),
    getTranslations("Feedback"),
    getTranslations("Header"),
    getTranslations("Impact"),
    getLocale(),
    listDocuments(viewer, { ...scope, type: filters.type, year: filters.year, country: filters.country }, {
      page: filters.page,
      pageSize: DOCUMENTS_PAGE_SIZE,
    }),
    countDocumentsByType(viewer, { ...scope, year: filters.year, country: filters.country }),
    listPublicationYears(viewer, scope),
    focusAreaRating(viewer, area.id),
  ]);
  const pathname = `/focus-areas/${area.slug}`;
  const query = { type: filters.type, year: filters.year?.toString(), country: filters.country };
  const filtered = Boolean(filters.type || filters.year || filters.country);

  return (
    <div className="space-y-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/focus-areas" className="text-brand-700 underline">{tHeader("focusAreas")}</Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{localizedName(area, locale)}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{localizedDescription(area, locale)}</p>
        {rating.average !== null && (
          <p className="text-sm text-slate-800">
            <span className="font-semibold">{tFeedback("average", { average: rating.average.toLocaleString(locale) })}</span>{" "}
            {tFeedback("areaAverageFrom", { count: rating.count })}
          </p>
        )}
        <FollowControl viewer={viewer} target={{ kind: "FOCUS_AREA", focusAreaId: area.id }} label={localizedName(area, locale)} signInPath={`/${locale}${pathname}`} />
      </header>

      <section aria-labelledby="documents-heading" className="space-y-5">
        <h2 id="documents-heading" className="text-2xl font-semibold">{t("documentsHeading")}</h2>
        <TypeCounts pathname={pathname} counts={typeCounts} selected={filters.type} query={{ year: query.year, country: query.country }} />
        <DocumentFilters action={`/${locale}${pathname}`} filters={filters} years={withSelected(years, filters.year)} />
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-sm font-medium text-slate-800" role="status">{t("results", { count: page.total })}</p>
          {filtered && <Link href={pathname} className="text-sm text-brand-700 underline">{t("clear")}</Link>}
        </div>
        <DocumentResults
          page={page}
          emptyMessage={filtered ? t("emptyFiltered") : t("empty")}
          emptyHint={filtered ? t("emptyFilteredHint") : undefined}
        />
        <Pagination pathname={pathname} query={query} page={page.page} pageCount={page.pageCount} />
      </section>

      <Suspense fallback={<ImpactSkeleton label={tImpact("loading")} cards={1} />}>
        <FocusAreaImpact viewer={viewer} areaId={area.id} areaSlug={area.slug} locale={locale as Locale} />
      </Suspense>
    </div>
  );
}

function withSelected(years: number[], selected?: number): number[] {
  return selected && !years.includes(selected) ? [...years, selected].sort((a, b) => b - a) : years;
}
