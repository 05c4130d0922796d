// Disjunctive facets on Meilisearch, as its storefront guides do with multi-search: the main
// query carries every filter (hits, total, the counts of the facets nobody filters on), and
// each facet the user filters on gets one more query, in the same request, with every filter
// but its own and no hits, whose counts replace that facet's. The permission filter is part of
// every query.
import type { FacetDistribution, SearchParams } from "meilisearch";
import type { Filter } from "../filter";
import { all } from "../filter";
import type { FacetName, SearchRequest } from "../types";
import { filteredFacets, filtersWithout, userFilter } from "../user-filters";
import { renderFilter } from "./filter-render";
import { buildSearchParams } from "./search-params";
import { toFacets } from "./search-response";
import { facetAttributes } from "./settings";

export interface FacetQuery {
  facet: FacetName;
  params: SearchParams;
}

/** One count-only query per filtered facet; none when no facet is filtered (a plain search then). */
export function facetQueries(request: SearchRequest, access: Filter): FacetQuery[] {
  return filteredFacets(request.filters).flatMap((facet) => {
    const filter = renderFilter(all([access, userFilter(filtersWithout(request.filters, facet))]));
    // A filter that matches nothing leaves the facet with no counts: no query to send.
    if (filter === false) return [];
    const params = { ...buildSearchParams(request, filter), page: 1, hitsPerPage: 0, facets: [facetAttributes[facet]] };
    return [{ facet, params: { ...params, attributesToRetrieve: [], attributesToHighlight: [], attributesToCrop: [], showRankingScore: false } }];
  });
}

/**
 * The main query's facets, with each filtered facet's counts taken from its own query (none
 * when that query was not sent because its filter matches nothing).
 */
export function mergeFacets(request: SearchRequest, main: FacetDistribution | undefined, queries: FacetQuery[], counts: (FacetDistribution | undefined)[]) {
  const facets = toFacets(main);
  for (const facet of filteredFacets(request.filters)) facets[facet] = [];
  queries.forEach((query, i) => (facets[query.facet] = toFacets(counts[i])[query.facet]));
  return facets;
}
