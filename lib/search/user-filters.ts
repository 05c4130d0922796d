// The user's search filters as the engine-neutral filter language (both engines render it).
import { all, oneOf, type Filter } from "./filter";
import type { SearchFilters } from "./types";

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
