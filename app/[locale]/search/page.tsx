import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AppliedFilters } from "@/components/search/applied-filters";
import { buildFacetGroups } from "@/components/search/facet-groups";
import { loadFacetLabels } from "@/components/search/facet-labels";
import { FacetSidebar } from "@/components/search/facet-sidebar";
import { CorrectedQuery, ResultCount } from "@/components/search/results-summary";
import { SearchBox } from "@/components/search/search-box";
import { SearchEmptyState } from "@/components/search/search-empty-state";
import { SearchHitCard } from "@/components/search/search-hit-card";
import { SearchNavigation, SearchResultsRegion } from "@/components/search/search-navigation";
import { Pagination } from "@/components/ui/pagination";
import { SEARCH_PATH, searchQuery } from "@/components/search/search-state";
import { SortSelect } from "@/components/search/sort-select";
import { SaveSearch } from "@/components/follows/save-search";
import { getViewer } from "@/lib/auth/viewer";
import type { Locale } from "@/lib/i18n/routing";
import { searchResultsPage } from "@/lib/search/service";
import { lastPage } from "@/lib/validation/page-param";
import { parseSearchPageParams, SEARCH_MAX_PAGE } from "@/lib/validation/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchPageParams(await searchParams);
  const t = await getTranslations("Search");
  // Result pages are endless variations of the documents themselves: not for search engines.
  return { title: q ? t("metaTitleWithQuery", { query: q }) : t("metaTitle"), robots: { index: false, follow: true } };
}

/** The whole state is in the URL (lib/validation/search.ts): a shared link shows the same search. */
export default async function SearchPage({ searchParams }: Props) {
  const viewer = await getViewer();
  const [t, locale, { request, result }] = await Promise.all([
    getTranslations("Search"),
    getLocale() as Promise<Locale>,
    searchResultsPage(viewer, parseSearchPageParams(await searchParams)),
  ]);
  const labels = await loadFacetLabels(locale, result.facets, request);
  const groups = buildFacetGroups(result.facets, request, labels, (facet) => t(`facet.${facet}`));
  const years = [...(result.facets.year ?? [])].sort((a, b) => b.value.localeCompare(a.value));
  const pageCount = result.total === 0 ? 0 : lastPage(result.total, request.pageSize, SEARCH_MAX_PAGE);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>
      <SearchNavigation request={request}>
        <SearchBox />
        <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-8">
          <FacetSidebar groups={groups} years={years} />
          <section aria-labelledby="search-results-heading" className="min-w-0 space-y-4">
            <h2 id="search-results-heading" className="sr-only">{t("resultsHeading")}</h2>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultCount request={request} total={result.total} estimate={result.totalIsEstimate} correctedQuery={result.correctedQuery} />
              <SortSelect />
            </div>
            <AppliedFilters request={request} labels={labels} />
            {result.correctedQuery && <CorrectedQuery request={request} correctedQuery={result.correctedQuery} />}
            <SearchResultsRegion>
              {result.hits.length > 0 ? (
                <ul className="space-y-4">
                  {result.hits.map((hit) => (
                    <li key={hit.id}>
                      <SearchHitCard hit={hit} />
                    </li>
                  ))}
                </ul>
              ) : (
                <SearchEmptyState request={request} />
              )}
            </SearchResultsRegion>
            <Pagination pathname={SEARCH_PATH} query={searchQuery(request)} page={request.page} pageCount={pageCount} />
            {/* What is saved is what was searched: the corrected words when a correction was shown. */}
            <SaveSearch viewer={viewer} request={result.correctedQuery ? { ...request, q: result.correctedQuery } : request} locale={locale} />
          </section>
        </div>
      </SearchNavigation>
    </div>
  );
}
