// The sidebar's data: every value facet with names and counts. Pure, so it is tested alone;
// the names come from facet-labels.ts.
import type { FacetName, FacetValue, SearchRequest, SearchResult } from "@/lib/search/types";
import { type FilterParam, filterParams } from "@/lib/validation/search";

/** The facets chosen by checking values (years are a range, handled on their own). */
export type ValueFacet = Exclude<FacetName, "year">;

export const facetParams: Record<ValueFacet, FilterParam> = {
  focusArea: "area",
  type: "type",
  language: "lang",
  country: "country",
  sector: "sector",
  organization: "org",
  tag: "tag",
};
/** Sidebar order: what a document is about first, then its kind, then where it comes from. */
export const valueFacets = Object.keys(facetParams) as ValueFacet[];

export type FacetLabels = Record<ValueFacet, (value: string) => string>;

export interface FacetOption {
  value: string;
  label: string;
  /** Null for a chosen value the engine returned no count for. */
  count: number | null;
}

export interface FacetGroupData {
  facet: ValueFacet;
  param: FilterParam;
  legend: string;
  options: FacetOption[];
}

/** "gulf-coast-center" -> "Gulf Coast Center": a readable stand-in when no name is known. */
export function prettifySlug(slug: string): string {
  return slug.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}

/** Every facet's values with names and counts, plus chosen values the engine did not count. */
export function buildFacetGroups(facets: SearchResult["facets"], request: SearchRequest, labels: FacetLabels, legend: (facet: ValueFacet) => string): FacetGroupData[] {
  return valueFacets.map((facet) => {
    const param = facetParams[facet];
    const counted: FacetValue[] = facets[facet] ?? [];
    const chosen = (request.filters[filterParams[param]] ?? []).filter((value) => !counted.some((c) => c.value === value));
    const options: FacetOption[] = [
      ...counted.map(({ value, count }) => ({ value, label: labels[facet](value), count })),
      ...chosen.map((value) => ({ value, label: labels[facet](value), count: null })),
    ];
    return { facet, param, legend: legend(facet), options };
  });
}
