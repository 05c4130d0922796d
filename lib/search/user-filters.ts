// The user's search filters as the engine-neutral filter language (both engines render it),
// and the internal restriction to given documents (SearchRequest.within).
import { all, oneOf, type Filter } from "./filter";
import type { FacetName, SearchFilters, SearchRequest } from "./types";

/**
 * The documents a request may match: the viewer's permission filter, narrowed to `within`
 * when given. Engines use it wherever they use the permission filter to select matches, so
 * hits, totals and every facet's counts (filtered facets included) come from those documents
 * only. An empty `within` folds the whole filter to `false` (oneOf), which each engine turns
 * into "no results" without any query syntax for an empty list.
 */
export function requestScope(access: Filter, request: Pick<SearchRequest, "within">): Filter {
  return request.within === undefined ? access : all([access, oneOf("documentId", request.within)]);
}

export function userFilter(filters: SearchFilters): Filter {
  const parts: Filter[] = [];
  const add = (field: Parameters<typeof oneOf>[0], values: readonly string[] | undefined) => {
    if (values && values.length > 0) parts.push(oneOf(field, values));
  };
  add("focusAreaSlugs", filters.focusArea);
  add("type", filters.type);
  add("countries", filters.country);
  add("sectors", filters.sector);
  add("language", filters.language);
  add("organizationSlug", filters.organization);
  add("tags", filters.tag);
  if (filters.yearFrom !== undefined || filters.yearTo !== undefined) {
    parts.push({ field: "year", ...(filters.yearFrom !== undefined ? { gte: filters.yearFrom } : {}), ...(filters.yearTo !== undefined ? { lte: filters.yearTo } : {}) });
  }
  return all(parts);
}

/** The request's filters that belong to each facet. */
const facetParams: Record<FacetName, (keyof SearchFilters)[]> = {
  focusArea: ["focusArea"], type: ["type"], country: ["country"], sector: ["sector"], language: ["language"],
  year: ["yearFrom", "yearTo"], organization: ["organization"], tag: ["tag"],
};

const isSet = (value: SearchFilters[keyof SearchFilters]) => (Array.isArray(value) ? value.length > 0 : value !== undefined);

/** The facets the request filters on. */
export function filteredFacets(filters: SearchFilters): FacetName[] {
  return (Object.keys(facetParams) as FacetName[]).filter((facet) => facetParams[facet].some((key) => isSet(filters[key])));
}

/**
 * The filters without the facet's own: what its counts are computed under (disjunctive
 * facets), so checking one focus area leaves the others listed with what they would add.
 */
export function filtersWithout(filters: SearchFilters, facet: FacetName): SearchFilters {
  const rest = { ...filters };
  for (const key of facetParams[facet]) delete rest[key];
  return rest;
}
