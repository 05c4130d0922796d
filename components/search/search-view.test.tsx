// Renders the search page's parts outside Next (plain React server rendering, as a visitor
// without JavaScript gets them), with the real catalogs: a wrong message key, a broken rich
// message or a control missing from the GET form fails here rather than on the page.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en/index.ts";
import es from "@/lib/i18n/messages/es/index.ts";
import type { SearchHit, SearchRequest } from "@/lib/search/types";
import { parseSearchPageParams } from "@/lib/validation/search";
import { AppliedFilters } from "./applied-filters";
import { type FacetGroupData, type FacetLabels, valueFacets } from "./facet-groups";
import { FacetSidebar } from "./facet-sidebar";
import { CorrectedQuery, ResultCount } from "./results-summary";
import { SearchBox } from "./search-box";
import { SearchEmptyState } from "./search-empty-state";
import { SearchHitCard } from "./search-hit-card";
import { SearchNavigation } from "./search-navigation";
import { Pagination } from "@/components/ui/pagination";
import { SEARCH_PATH, searchQuery } from "@/components/search/search-state";
import { SortSelect } from "./sort-select";

// next-intl's Link and router need Next's; a plain anchor with the locale prefix stands in.
vi.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, scroll: _scroll, ...rest }: { href: string; children: ReactNode; scroll?: boolean }) => <a href={`/en${href}`} {...rest}>{children}</a>,
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
}));

const labels = Object.fromEntries(valueFacets.map((facet) => [facet, (value: string) => `${facet}:${value}`])) as FacetLabels;
const hit: SearchHit = {
  id: "d1",
  slug: "port-controls",
  title: "Port controls",
  type: "REPORT",
  language: "es",
  year: 2023,
  focusAreas: [{ id: "f1", slug: "trade", nameEn: "Trade", nameEs: "Comercio" }],
  tags: ["puertos", "comercio exterior"],
  snippet: "the &lt;b&gt; <mark>port</mark>",
  attachment: { id: "a1", fileName: "annex.pdf", page: 12, snippet: "<mark>port</mark> annex" },
  score: 1,
};
const groups: FacetGroupData[] = [
  { facet: "type", param: "type", legend: "Type", options: [{ value: "REPORT", label: "Report", count: 3 }, { value: "RESEARCH", label: "Research", count: 1 }] },
];

function render(request: SearchRequest, children: ReactNode, locale: "en" | "es" = "en") {
  const onError = vi.fn();
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "es" ? es : en} timeZone="UTC" onError={onError}>
      <SearchNavigation request={request}>{children}</SearchNavigation>
    </NextIntlClientProvider>,
  );
  expect(onError).not.toHaveBeenCalled();
  return html;
}

describe("search page parts", () => {
  it("puts the query, the sort, the checked facets and the years in one GET form", () => {
    const request = parseSearchPageParams({ q: "port", type: "REPORT", from: "2019" });
    const html = render(request, <><SearchBox /><SortSelect /><FacetSidebar groups={groups} years={[{ value: "2023", count: 2 }]} /></>);
    expect(html).toContain('<form id="search-form" role="search"');
    expect(html).toMatch(/<form [^>]*action="\/en\/search" method="get"/);
    expect(html).toContain('name="q" value="port"');
    expect(html).toMatch(/<input [^>]*form="search-form"[^>]*name="type" checked="" value="REPORT"/);
    expect(html).toMatch(/<input [^>]*form="search-form"[^>]*name="type" value="RESEARCH"/);
    expect(html).toMatch(/<input [^>]*form="search-form"[^>]*name="from" value="2019"/);
    expect(html).toContain('name="sort" form="search-form"');
    expect(html).toContain("(2 applied)");
    expect(html).toContain('href="/en/search?q=port&amp;type=REPORT&amp;from=2023&amp;to=2023"');
    // Server HTML is the no-JavaScript page: its sort has a submit button.
    expect(html).toContain(">Sort</button>");
  });

  it("leaves the sort out without words", () => {
    expect(render(parseSearchPageParams({}), <SortSelect />)).toBe("");
  });

  it("renders a hit with badges, its link, the snippet as HTML and the attachment page link", () => {
    const html = render(parseSearchPageParams({ q: "port" }), <SearchHitCard hit={hit} />);
    expect(html).toContain(">Report<");
    expect(html).toContain(">Trade<");
    expect(html).toContain(">Spanish<");
    expect(html).toContain("2023");
    expect(html).toContain('href="/en/documents/port-controls"');
    expect(html).toContain("the &lt;b&gt; <mark>port</mark>");
    expect(html).toContain('href="/api/attachments/a1#page=12"');
    expect(html).toContain("Found in annex.pdf, page 12");
    // Each tag leads to the search filtered by it alone, in the document's language.
    expect(html).toContain('<ul class="flex flex-wrap gap-1.5 mt-3" lang="es" aria-label="Tags">');
    expect(html).toContain('href="/en/search?tag=puertos"');
    expect(html).toContain('href="/en/search?tag=comercio+exterior"');
  });

  it("shows chips that remove one filter each, and the count of the corrected query with the correction", () => {
    const request = parseSearchPageParams({ q: "prot", type: ["REPORT", "RESEARCH"], from: "2019", to: "2021" });
    const html = render(request, <><ResultCount request={request} total={1} correctedQuery="port" /><CorrectedQuery request={request} correctedQuery="port" /><AppliedFilters request={request} labels={labels} /></>);
    expect(html).toContain('role="status"');
    expect(html).toContain("1 result for “port”");
    expect(html).not.toContain("for “prot”");
    expect(html).toContain('Showing results for <em class="font-semibold">port</em>.');
    expect(html).toMatch(/Search instead for <a href="\/en\/search\?q=prot&amp;verbatim=1&amp;type=REPORT&amp;type=RESEARCH&amp;from=2019&amp;to=2021"[^>]*>prot<\/a>/);
    expect(html).toContain('href="/en/search?q=prot&amp;type=RESEARCH&amp;from=2019&amp;to=2021" aria-label="Remove filter Type: type:REPORT"');
    expect(html).toContain('href="/en/search?q=prot&amp;type=REPORT&amp;type=RESEARCH" aria-label="Remove filter Year: 2019–2021"');
    expect(html).toMatch(/href="\/en\/search\?q=prot"[^>]*>Clear all filters/);
  });

  it("says an estimated count is one, with the locale's number format", () => {
    const request = parseSearchPageParams({ q: "port" });
    expect(render(request, <ResultCount request={request} total={12_300} estimate />)).toContain("about 12,300 results for “port”");
    expect(render(request, <ResultCount request={request} total={12_300} estimate />, "es")).toContain("unos 12.300 resultados para «port»");
    const browse = parseSearchPageParams({});
    expect(render(browse, <ResultCount request={browse} total={1_000_000} estimate />)).toContain("about 1,000,000 results");
    expect(render(browse, <ResultCount request={browse} total={1_000_000} estimate />, "es")).toContain("unos 1.000.000 resultados");
    // An exact count says nothing of the kind.
    expect(render(request, <ResultCount request={request} total={12_300} />)).toContain(">12,300 results for “port”<");
    expect(render(request, <ResultCount request={request} total={12_300} />, "es")).toContain(">12.300 resultados para «port»<");
  });

  it("emphasises only the corrected words, in Spanish too", () => {
    const request = parseSearchPageParams({ q: "lavado de actvos" });
    const html = render(request, <CorrectedQuery request={request} correctedQuery="lavado de activos" />, "es");
    expect(html).toContain('Se muestran resultados de lavado de <em class="font-semibold">activos</em>.');
    expect(html).toMatch(/Buscar en su lugar <a href="\/en\/search\?q=lavado\+de\+actvos&amp;verbatim=1"[^>]*>lavado de actvos<\/a>/);
  });

  it("offers broader searches that do what they say, in both languages", () => {
    const request = parseSearchPageParams({ q: "coca leaf prices", lang: "es" });
    for (const locale of ["en", "es"] as const) {
      const html = render(request, <SearchEmptyState request={request} />, locale);
      expect(html).toContain('href="/en/search?q=coca+leaf+prices"');
      expect(html).toContain('href="/en/search?q=coca+leaf&amp;lang=es"');
      expect(html).toContain('href="/en/search"');
    }
  });

  it("pages keep repeated filters", () => {
    const request = parseSearchPageParams({ q: "port", area: ["trade", "energy"], page: "2" });
    const html = render(request, <Pagination pathname={SEARCH_PATH} query={searchQuery(request)} page={request.page} pageCount={3} />);
    expect(html).toContain('href="/en/search?q=port&amp;area=trade&amp;area=energy" rel="prev"');
    expect(html).toContain('href="/en/search?q=port&amp;area=trade&amp;area=energy&amp;page=3" rel="next"');
  });
});
