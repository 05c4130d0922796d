// Renders the engine-neutral Filter AST (../filter.ts) as a Meilisearch filter expression.
// Every value is written as a quoted, escaped literal (or a checked number), and attribute
// names come from a fixed table, so no input can add operators or change the grouping.
// Constants fold away: the result is `true` (no filter), `false` (nothing can match: the
// caller must not query at all, Meilisearch has no literal for it) or an expression.
import { renderTree } from "@/lib/policies/condition";
import type { Filter, FilterField, FilterLeaf } from "../filter";

export type RenderedFilter = string | boolean;

/** The record attribute (record.ts) each filter field reads. */
export const filterAttributes: Readonly<Record<FilterField, string>> = {
  // The primary key: Meilisearch filters on it like any attribute once it is filterable.
  documentId: "id",
  visibility: "visibility",
  organizationId: "organizationId",
  contributorId: "contributorId",
  embargoUntil: "embargoUntil",
  focusAreaIds: "focusAreaIds",
  focusAreaSlugs: "focusAreaSlugs",
  type: "type",
  countries: "countries",
  sectors: "sectors",
  language: "language",
  year: "year",
  organizationSlug: "organizationSlug",
  tags: "tags",
};

/**
 * A double-quoted filter literal. Meilisearch first turns \" into " inside the quotes and then
 * unescapes backslash sequences (\n, \u{…}), so backslashes are doubled before quotes are escaped.
 */
export function quoteValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function numberLiteral(value: number): string {
  // String(1e21) is "1e+21", and "+" is not part of an unquoted filter value.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) throw new Error(`Filter number out of range: ${value}`);
  return String(value);
}

function literal(value: string | number): string {
  return typeof value === "number" ? numberLiteral(value) : quoteValue(value);
}

function join(parts: RenderedFilter[], operator: "AND" | "OR"): RenderedFilter {
  // false decides an AND, true decides an OR; the other constant is neutral.
  const decisive = operator === "OR";
  if (parts.includes(decisive)) return decisive;
  const expressions = parts.filter((part): part is string => typeof part === "string");
  if (expressions.length === 0) return !decisive;
  return expressions.length === 1 ? expressions[0]! : `(${expressions.join(` ${operator} `)})`;
}

type RangeFilter = { field: FilterField; gt?: number; gte?: number; lt?: number; lte?: number };

function renderRange(attribute: string, range: RangeFilter): string {
  const bounds: [string, number | undefined][] = [[">", range.gt], [">=", range.gte], ["<", range.lt], ["<=", range.lte]];
  const parts = bounds.filter(([, v]) => v !== undefined).map(([op, v]) => `${attribute} ${op} ${numberLiteral(v!)}`);
  // No bound means "has a number" (matchesFilter); these attributes only ever hold numbers or null.
  if (parts.length === 0) return `(${attribute} EXISTS AND ${attribute} IS NOT NULL)`;
  return parts.length === 1 ? parts[0]! : `(${parts.join(" AND ")})`;
}

function renderLeaf(leaf: FilterLeaf): RenderedFilter {
  const attribute = filterAttributes[leaf.field];
  // A null is stored as null, but an attribute missing from a record must count as null too.
  if ("isNull" in leaf) return `(${attribute} IS NULL OR ${attribute} NOT EXISTS)`;
  if ("in" in leaf) return leaf.in.length === 0 ? false : `${attribute} IN [${leaf.in.map(literal).join(", ")}]`;
  return renderRange(attribute, leaf);
}

export function renderFilter(filter: Filter): RenderedFilter {
  return renderTree(filter, { leaf: renderLeaf, all: (parts) => join(parts, "AND"), any: (parts) => join(parts, "OR"), always: true, never: false });
}
