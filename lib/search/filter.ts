// A small, engine-neutral filter language. The permission filter and the user's filters are
// built as values of this type; each engine renders it (SQL with bound parameters, or a
// Meilisearch filter string with every value quoted and escaped), so user input never
// becomes query syntax.
export type FilterField =
  | "visibility" | "organizationId" | "contributorId" | "embargoUntil" | "focusAreaIds" | "focusAreaSlugs"
  | "type" | "countries" | "sectors" | "language" | "year" | "organizationSlug" | "tags";

export type Filter =
  | boolean
  | { all: Filter[] }
  | { any: Filter[] }
  /** The field (or, for a list field, one of its values) is one of `in`. */
  | { field: FilterField; in: (string | number)[] }
  | { field: FilterField; gt?: number; gte?: number; lt?: number; lte?: number }
  | { field: FilterField; isNull: true };

/** AND, folding constants: all([]) is true, any false makes it false. */
export function all(filters: Filter[]): Filter {
  const parts = filters.filter((f) => f !== true);
  if (parts.some((f) => f === false)) return false;
  if (parts.length === 0) return true;
  return parts.length === 1 ? parts[0]! : { all: parts };
}

/** OR, folding constants: any([]) is false, any true makes it true. */
export function any(filters: Filter[]): Filter {
  const parts = filters.filter((f) => f !== false);
  if (parts.some((f) => f === true)) return true;
  if (parts.length === 0) return false;
  return parts.length === 1 ? parts[0]! : { any: parts };
}

export function oneOf(field: FilterField, values: readonly (string | number)[]): Filter {
  return values.length === 0 ? false : { field, in: [...values] };
}

export type FilterValues = Partial<Record<FilterField, string | number | null | (string | number)[]>>;

/** Evaluates a filter against one document's values (tests, and checking engines agree). */
export function matchesFilter(filter: Filter, values: FilterValues): boolean {
  if (typeof filter === "boolean") return filter;
  if ("all" in filter) return filter.all.every((f) => matchesFilter(f, values));
  if ("any" in filter) return filter.any.some((f) => matchesFilter(f, values));
  const value = values[filter.field];
  if ("isNull" in filter) return value === null || value === undefined;
  if ("in" in filter) return (Array.isArray(value) ? value : [value]).some((v) => v !== null && v !== undefined && filter.in.includes(v));
  if (typeof value !== "number") return false;
  const { gt, gte, lt, lte } = filter;
  return (gt === undefined || value > gt) && (gte === undefined || value >= gte) && (lt === undefined || value < lt) && (lte === undefined || value <= lte);
}
