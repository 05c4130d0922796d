// A small, engine-neutral filter language. The permission filter and the user's filters are
// built as values of this type; each engine renders it (SQL with bound parameters, or a
// Meilisearch filter string with every value quoted and escaped), so user input never
// becomes query syntax.
import { all, any, evaluateTree, type Tree } from "@/lib/policies/condition";

export type FilterField =
  | "documentId" | "visibility" | "organizationId" | "contributorId" | "embargoUntil" | "focusAreaIds" | "focusAreaSlugs"
  | "type" | "countries" | "sectors" | "language" | "year" | "organizationSlug" | "tags";

/** A test on one field of an indexed document. */
export type FilterLeaf =
  /** The field (or, for a list field, one of its values) is one of `in`. */
  | { field: FilterField; in: (string | number)[] }
  | { field: FilterField; gt?: number; gte?: number; lt?: number; lte?: number }
  | { field: FilterField; isNull: true };

export type Filter = Tree<FilterLeaf>;

export { all, any };

export function oneOf(field: FilterField, values: readonly (string | number)[]): Filter {
  return values.length === 0 ? false : { field, in: [...values] };
}

export type FilterValues = Partial<Record<FilterField, string | number | null | (string | number)[]>>;

/** Evaluates a filter against one document's values (tests, and checking engines agree). */
export function matchesFilter(filter: Filter, values: FilterValues): boolean {
  return evaluateTree(filter, (leaf) => leafMatches(leaf, values));
}

function leafMatches(leaf: FilterLeaf, values: FilterValues): boolean {
  const value = values[leaf.field];
  if ("isNull" in leaf) return value === null || value === undefined;
  if ("in" in leaf) return (Array.isArray(value) ? value : [value]).some((v) => v !== null && v !== undefined && leaf.in.includes(v));
  if (typeof value !== "number") return false;
  const { gt, gte, lt, lte } = leaf;
  return (gt === undefined || value > gt) && (gte === undefined || value >= gte) && (lt === undefined || value < lt) && (lte === undefined || value <= lte);
}
