// Renders the engine-neutral filter (lib/search/filter.ts) as a SQL condition on the
// SearchEntry table (alias "e"). Every value is a bound parameter, so nothing a user types can
// change the condition's shape.
import { Prisma } from "@/lib/generated/prisma/client";
import { renderTree } from "@/lib/policies/condition";
import type { Filter, FilterField, FilterLeaf } from "../filter";

type Column = { name: string; kind: "text" | "array" | "int" | "time" };

const columns: Record<FilterField, Column> = {
  documentId: { name: "documentId", kind: "text" },
  visibility: { name: "visibility", kind: "text" },
  organizationId: { name: "organizationId", kind: "text" },
  contributorId: { name: "contributorId", kind: "text" },
  embargoUntil: { name: "embargoUntil", kind: "time" },
  focusAreaIds: { name: "focusAreaIds", kind: "array" },
  focusAreaSlugs: { name: "focusAreaSlugs", kind: "array" },
  type: { name: "type", kind: "text" },
  countries: { name: "countries", kind: "array" },
  sectors: { name: "sectors", kind: "array" },
  language: { name: "language", kind: "text" },
  year: { name: "year", kind: "int" },
  organizationSlug: { name: "organizationSlug", kind: "text" },
  tags: { name: "tags", kind: "array" },
};

const column = (c: Column) => Prisma.raw(`e."${c.name}"`);
const bound = (c: Column, value: number) => (c.kind === "time" ? Prisma.sql`to_timestamp(${value}::float8 / 1000)` : Prisma.sql`${value}`);

function comparison(c: Column, op: string, value: number | undefined): Prisma.Sql | null {
  return value === undefined ? null : Prisma.sql`${column(c)} ${Prisma.raw(op)} ${bound(c, value)}`;
}

function leaf(filter: FilterLeaf): Prisma.Sql {
  const c = columns[filter.field];
  if ("isNull" in filter) return Prisma.sql`${column(c)} IS NULL`;
  if ("in" in filter) {
    if (c.kind === "array") return Prisma.sql`${column(c)} && ${filter.in.map(String)}::text[]`;
    if (c.kind === "int") return Prisma.sql`${column(c)} = ANY(${filter.in.map(Number)}::int[])`;
    return Prisma.sql`${column(c)}::text = ANY(${filter.in.map(String)}::text[])`;
  }
  const parts = [comparison(c, ">", filter.gt), comparison(c, ">=", filter.gte), comparison(c, "<", filter.lt), comparison(c, "<=", filter.lte)].filter(
    (p): p is Prisma.Sql => p !== null,
  );
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.sql`(${Prisma.join(parts, " AND ")})`;
}

export function filterSql(filter: Filter): Prisma.Sql {
  return renderTree(filter, {
    leaf,
    all: (parts) => Prisma.sql`(${Prisma.join(parts, " AND ")})`,
    any: (parts) => Prisma.sql`(${Prisma.join(parts, " OR ")})`,
    always: Prisma.sql`TRUE`,
    never: Prisma.sql`FALSE`,
  });
}
