// The built-in engine's search: one statement finds the readable matches (the viewer's
// access filter is part of its WHERE), ranks them, counts them exactly and counts every facet;
// a second one makes the page's snippets. Facets are disjunctive: a facet the user filters on
// is counted under the other facets' filters but not its own (values within a facet are OR-ed).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filter } from "../filter";
import { facetNames, type FacetName, type FacetValue, type SearchFilters, type SearchRequest } from "../types";
import { filteredFacets, filtersWithout, requestScope, userFilter } from "../user-filters";
import { conceptCte, idfCte, Q, scoreCtes } from "./ranking";
import type { ClauseStatistics, FieldAverages } from "./statistics";
import { filterSql } from "./filter-sql";
import { LANGUAGES, matchesIn, type Analysed, type Clause } from "./tsquery";

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

/** What the page and the facets read from a matching entry (not its content). */
const ROW_COLUMNS = ["documentId", "slug", "title", "type", "language", "year", "date", "focusAreas", "focusAreaSlugs", "countries", "sectors", "tags", "organizationSlug"];
const rowColumns = (alias: string) => Prisma.raw(ROW_COLUMNS.map((c) => `${alias}."${c}"`).join(", "));

/**
 * `matches`: the readable documents matching the query (in their own text or in an
 * attachment), or all readable ones without a query, that the user's filters keep, scored
 * (./ranking.ts) when there is something to score by. With filters, `candidates` are the
 * readable matches before them, for the filtered facets' counts; they leave out the text
 * vector, the heavy column only scoring reads.
 */
function matchesCtes(search: Search | null, access: Prisma.Sql, filters: SearchFilters): Prisma.Sql {
  const user = filterSql(userFilter(filters));
  if (!search || search.clauses.length === 0) {
    // Without a query, or with only exclusions: nothing to score by.
    const match = search ? Prisma.sql`${matchesIn(Prisma.sql`e.tsv`, Prisma.sql`e.language`, search.tsquery)} AND` : Prisma.empty;
    return Prisma.sql`candidates AS (SELECT ${rowColumns("e")}, 0::float8 AS score, true AS complete FROM "SearchEntry" e WHERE ${match} ${access}),
      matches AS (SELECT * FROM candidates e WHERE ${user})`;
  }
  const own = matchesIn(Prisma.sql`e.tsv`, Prisma.sql`e.language`, Q);
  // Branches rather than one OR. Those of each language find their rows through the text
  // index, which answers exactly: with the languages OR-ed in one condition, PostgreSQL tested
  // every candidate's text vector again (a quarter of a one-word search). An OR with the
  // attachment matches made it test every readable row's.
  const readable = (columns: Prisma.Sql) => Prisma.sql`
    ${Prisma.join(
      LANGUAGES.map((l) => Prisma.sql`SELECT ${columns} FROM "SearchEntry" e CROSS JOIN q WHERE e.language = ${Prisma.raw(`'${l}'`)} AND e.tsv @@ ${Q[l]} AND ${access}`),
      " UNION ALL ",
    )}
    UNION ALL
    SELECT ${columns} FROM "SearchEntry" e CROSS JOIN q
    WHERE e."documentId" IN (SELECT "documentId" FROM chunk_matches) AND NOT coalesce(${own}, false) AND ${access}`;
  const unscored =
    filteredFacets(filters).length === 0
      ? Prisma.sql`matches_unscored AS MATERIALIZED (${readable(Prisma.sql`${rowColumns("e")}, e.tsv, e."fieldLengths"`)})`
      : Prisma.sql`candidates AS MATERIALIZED (${readable(rowColumns("e"))}),
        matches_unscored AS MATERIALIZED (
          SELECT ${rowColumns("e")}, x.tsv, x."fieldLengths" FROM candidates e JOIN "SearchEntry" x USING ("documentId") WHERE ${user})`;
  return Prisma.sql`
    q AS (SELECT ${search.tsquery.en} AS query_en, ${search.tsquery.es} AS query_es),
    ${idfCte(search.clauses, search.statistics)},
    ${conceptCte(search.clauses, search.statistics)},
    -- The attachment chunks that match, whoever may read them: read once here, and only ever
    -- used joined to readable matches.
    chunk_matches AS MATERIALIZED (
      SELECT c.id, c."documentId", c.language, c.tsv, c."length" FROM "SearchChunk" c, q WHERE ${matchesIn(Prisma.sql`c.tsv`, Prisma.sql`c.language`, Q)}),
    ${unscored},
    ${scoreCtes("matches_unscored", search.clauses, search.averages)},
    matches AS (SELECT ${rowColumns("m")}, s.score, s.complete, s.windowed, s.rank FROM matches_unscored m JOIN scores s USING ("documentId"))`;
}

/** Each facet's counts: over the matches, or for a facet filtered on, under the other filters only. */
function facetUnion(filters: SearchFilters): Prisma.Sql {
  const own = new Set(filteredFacets(filters));
  const parts = facetNames.map((name) => {
    const { column, array } = facetColumns[name];
    const rows = own.has(name) ? Prisma.sql`(SELECT * FROM candidates e WHERE ${filterSql(userFilter(filtersWithout(filters, name)))})` : Prisma.sql`matches`;
    // An array's values are unnested in the select list: a lateral unnest per row cost twice as much.
    const value = Prisma.raw(array ? `unnest(m."${column}")` : `m."${column}"::text`);
    return Prisma.sql`SELECT ${name}::text AS facet, v.value, count(*)::int AS count FROM (SELECT ${value} AS value FROM ${rows} m) v WHERE v.value IS NOT NULL GROUP BY 2`;
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
  tsquery: Analysed;
  clauses: Clause[];
  statistics: ClauseStatistics[];
  averages: FieldAverages;
}

/**
 * `access` is the viewer's permission filter. The request's `within` narrows it here, where
 * matches are selected (so candidates, matches, the total and every facet), and nowhere else:
 * rarity statistics and corrections are still computed over every readable document, so a
 * restricted search ranks and corrects as the unrestricted one does.
 */
export async function rankedPage(db: Db, search: Search | null, access: Filter, request: SearchRequest): Promise<RankedPage> {
  const order =
    request.sort === "newest" || !search?.clauses.length
      ? Prisma.sql`m."date" DESC, m."documentId"`
      : Prisma.sql`m.complete DESC, m.windowed DESC, m.score DESC, m.rank DESC, m."date" DESC, m."documentId"`;
  const offset = (request.page - 1) * request.pageSize;
  const rows = await db.$queryRaw<PageRow[]>`
    WITH ${matchesCtes(search, filterSql(requestScope(access, request)), request.filters)},
    page AS (
      SELECT m."documentId", m.slug, m.title, m.type::text AS type, m.language::text AS language, m.year, m."focusAreas", m.tags, m.score
      FROM matches m ORDER BY ${order} LIMIT ${request.pageSize} OFFSET ${offset}),
    facets AS (${facetUnion(request.filters)})
    SELECT p.*, NULL AS facet, NULL AS value, NULL::int AS count FROM page p
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, ${TOTAL}, NULL, (SELECT count(*)::int FROM matches)
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, f.facet, f.value, f.count FROM facets f`;
  return collect(rows);
}

/** The row that carries the total (a page past the end has no hit rows to carry it). */
const TOTAL = "#total";

type PageRow = RankedRow & { facet: string | null; value: string | null; count: number | null };

function collect(rows: PageRow[]): RankedPage {
  const facets = Object.fromEntries(facetNames.map((n) => [n, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>;
  const hits: RankedRow[] = [];
  let total = 0;
  for (const row of rows) {
    if (row.facet === TOTAL) total = row.count!;
    else if (row.facet) facets[row.facet as FacetName].push({ value: row.value!, count: row.count! });
    else hits.push(row);
  }
  for (const values of Object.values(facets)) values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { rows: hits, total, facets };
}
