// The built-in engine's search: one statement finds the readable matches (the viewer's
// access filter is part of its WHERE), ranks them, counts them exactly and counts every facet
// over them; a second one makes the page's snippets.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter } from "../filter";
import { facetNames, type FacetName, type FacetValue, type SearchRequest } from "../types";
import { filterSql } from "./filter-sql";

type Db = Prisma.TransactionClient;

export interface RankedRow {
  documentId: string;
  slug: string;
  title: string;
  type: string;
  language: string;
  year: number | null;
  focusAreas: unknown;
  score: number;
}

const facetColumns: Record<FacetName, { column: string; array: boolean }> = {
  focusArea: { column: "focusAreaSlugs", array: true },
  type: { column: "type", array: false },
  country: { column: "countries", array: true },
  sector: { column: "sectors", array: true },
  language: { column: "language", array: false },
  year: { column: "year", array: false },
  organization: { column: "organizationSlug", array: false },
  tag: { column: "tags", array: true },
};

/** The readable documents matching the query (or all readable ones without a query), scored. */
function matchesCte(tsquery: Prisma.Sql | null, where: Prisma.Sql): Prisma.Sql {
  if (!tsquery) return Prisma.sql`matches AS (SELECT e.*, 0::float8 AS score FROM "SearchEntry" e WHERE ${where})`;
  // A match inside an attachment counts, at half the weight of one in the document itself.
  return Prisma.sql`
    q AS (SELECT ${tsquery} AS query),
    chunk_hits AS (
      SELECT c."documentId", max(ts_rank(c.tsv, q.query, 1)) AS rank
      FROM "SearchChunk" c, q WHERE c.tsv @@ q.query GROUP BY c."documentId"),
    matches AS (
      SELECT e.*, greatest(CASE WHEN e.tsv @@ q.query THEN ts_rank(e.tsv, q.query, 1) ELSE 0 END, coalesce(ch.rank, 0) * 0.5)::float8 AS score
      FROM "SearchEntry" e CROSS JOIN q LEFT JOIN chunk_hits ch ON ch."documentId" = e."documentId"
      WHERE (e.tsv @@ q.query OR ch."documentId" IS NOT NULL) AND ${where})`;
}

function facetUnion(): Prisma.Sql {
  const parts = facetNames.map((name) => {
    const { column, array } = facetColumns[name];
    const value = array ? Prisma.raw(`v`) : Prisma.raw(`m."${column}"::text`);
    const from = array ? Prisma.raw(`matches m, unnest(m."${column}") v`) : Prisma.raw(`matches m`);
    return Prisma.sql`SELECT ${name}::text AS facet, ${value} AS value, count(*)::int AS count FROM ${from} WHERE ${value} IS NOT NULL GROUP BY 2`;
  });
  return Prisma.join(parts, " UNION ALL ");
}

export interface RankedPage {
  rows: RankedRow[];
  total: number;
  facets: Record<FacetName, FacetValue[]>;
}

export async function rankedPage(db: Db, tsquery: Prisma.Sql | null, access: Filter, user: Filter, request: SearchRequest): Promise<RankedPage> {
  const where = Prisma.sql`${filterSql(access)} AND ${filterSql(user)}`;
  const order = request.sort === "newest" || !tsquery ? Prisma.sql`m."date" DESC, m."documentId"` : Prisma.sql`m.score DESC, m."date" DESC, m."documentId"`;
  const offset = (request.page - 1) * request.pageSize;
  const rows = await db.$queryRaw<(RankedRow & { facet: string | null; value: string | null; count: number | null; total: number })[]>`
    WITH ${matchesCte(tsquery, where)},
    page AS (
      SELECT m."documentId", m.slug, m.title, m.type::text AS type, m.language::text AS language, m.year, m."focusAreas", m.score
      FROM matches m ORDER BY ${order} LIMIT ${request.pageSize} OFFSET ${offset}),
    facets AS (${facetUnion()})
    SELECT p.*, NULL AS facet, NULL AS value, NULL::int AS count, (SELECT count(*)::int FROM matches) AS total FROM page p
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.facet, f.value, f.count, NULL FROM facets f`;
  return collect(rows);
}

function collect(rows: (RankedRow & { facet: string | null; value: string | null; count: number | null; total: number | null })[]): RankedPage {
  const facets = Object.fromEntries(facetNames.map((n) => [n, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>;
  const hits: RankedRow[] = [];
  let total = 0;
  for (const row of rows) {
    if (row.facet) facets[row.facet as FacetName].push({ value: row.value!, count: row.count! });
    else {
      hits.push(row);
      total = row.total ?? total;
    }
  }
  for (const values of Object.values(facets)) values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  // A page past the end has no hit rows to carry the total: count from a facet that every document has.
  if (hits.length === 0) total = facets.type.reduce((sum, f) => sum + f.count, 0);
  return { rows: hits, total, facets };
}
