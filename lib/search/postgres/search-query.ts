// The built-in engine's search: one statement finds the readable matches (the viewer's
// access filter is part of its WHERE), ranks them, counts them exactly and counts every facet
// over them; a second one makes the page's snippets.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter } from "../filter";
import { facetNames, type FacetName, type FacetValue, type SearchRequest } from "../types";
import { idfCte, scoreCtes } from "./ranking";
import type { ClauseStatistics } from "./statistics";
import { filterSql } from "./filter-sql";
import type { Clause } from "./tsquery";

type Db = Prisma.TransactionClient;

export interface RankedRow {
  documentId: string;
  slug: string;
  title: string;
  type: string;
  language: string;
  year: number | null;
  focusAreas: unknown;
  tags: string[];
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

/** What the page, the facets and the scoring read from a matching entry (not its content). */
const matchColumns = Prisma.raw(
  `e."documentId", e.slug, e.title, e.type, e.language, e.year, e."date", e."focusAreas", e."focusAreaSlugs", e.countries, e.sectors,
   e.tags, e."organizationSlug", e.tsv`,
);

/**
 * The readable documents matching the query (in their own text or in an attachment), scored
 * (./ranking.ts); or all readable ones, unscored, without a query.
 */
function matchesCtes(search: Search | null, where: Prisma.Sql): Prisma.Sql {
  if (!search) return Prisma.sql`matches AS (SELECT ${matchColumns}, 0::float8 AS score FROM "SearchEntry" e WHERE ${where})`;
  // Only exclusions: everything readable without those words, with nothing to score by.
  if (search.clauses.length === 0) {
    return Prisma.sql`matches AS (SELECT ${matchColumns}, 0::float8 AS score FROM "SearchEntry" e WHERE e.tsv @@ ${search.tsquery} AND ${where})`;
  }
  return Prisma.sql`
    q AS (SELECT ${search.tsquery} AS query),
    ${idfCte(search.clauses, search.statistics)},
    chunk_docs AS (SELECT DISTINCT c."documentId" FROM "SearchChunk" c, q WHERE c.tsv @@ q.query),
    matches_unscored AS MATERIALIZED (
      SELECT ${matchColumns} FROM "SearchEntry" e CROSS JOIN q
      WHERE (e.tsv @@ q.query OR e."documentId" IN (SELECT "documentId" FROM chunk_docs)) AND ${where}),
    ${scoreCtes("matches_unscored")},
    matches AS (SELECT m.*, coalesce(s.score, 0) AS score FROM matches_unscored m LEFT JOIN scores s USING ("documentId"))`;
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

/** A query to rank: the tsquery that decides what matches, and the clauses that score it. */
export interface Search {
  tsquery: Prisma.Sql;
  clauses: Clause[];
  statistics: ClauseStatistics[];
}

export async function rankedPage(db: Db, search: Search | null, access: Filter, user: Filter, request: SearchRequest): Promise<RankedPage> {
  const where = Prisma.sql`${filterSql(access)} AND ${filterSql(user)}`;
  const order = request.sort === "newest" || !search ? Prisma.sql`m."date" DESC, m."documentId"` : Prisma.sql`m.score DESC, m."date" DESC, m."documentId"`;
  const offset = (request.page - 1) * request.pageSize;
  const rows = await db.$queryRaw<(RankedRow & { facet: string | null; value: string | null; count: number | null; total: number })[]>`
    WITH ${matchesCtes(search, where)},
    page AS (
      SELECT m."documentId", m.slug, m.title, m.type::text AS type, m.language::text AS language, m.year, m."focusAreas", m.tags, m.score
      FROM matches m ORDER BY ${order} LIMIT ${request.pageSize} OFFSET ${offset}),
    facets AS (${facetUnion()})
    SELECT p.*, NULL AS facet, NULL AS value, NULL::int AS count, (SELECT count(*)::int FROM matches) AS total FROM page p
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.facet, f.value, f.count, NULL FROM facets f`;
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
