import "server-only";
// The impact report: the results of the published documents the viewer may read, added up in
// the database. The access condition is inside every query (document-access-sql.ts), so a
// restricted document's figures never reach a total, a median, a breakdown or a link. Each
// query returns a bounded number of rows (impactLimits), whatever the size of the hub.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { impactLimits, type ImpactDimension, type ImpactDocumentRef, type ImpactReport } from "@/lib/impact/report";
import type { Viewer } from "@/lib/policies/viewer";
import { documentsSql } from "./document-access-sql";
import { toImpactReport, type GroupRow, type ListedRow, type MeasureRow } from "./impact-rows";

export interface ImpactScope {
  dimension: ImpactDimension;
  /** Only documents in this focus area. */
  focusAreaId?: string;
}

// Fixed fragments chosen by a validated enum: nothing the user typed becomes SQL.
const breakdown: Record<ImpactDimension, Prisma.Sql> = {
  year: Prisma.sql`LATERAL (SELECT mt.year::text) AS g(key)`,
  country: Prisma.sql`LATERAL unnest(mt.countries) AS g(key)`,
  sector: Prisma.sql`LATERAL unnest(mt.sectors::text[]) AS g(key)`,
  organization: Prisma.sql`LATERAL (SELECT mt."organizationId") AS g(key)`,
};

// Rates do not add up: percentages are summarized by their median, the rest are summed.
const statistic = Prisma.sql`CASE WHEN kind IN ('PERCENT', 'PERCENT_CHANGE')
  THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY score) ELSE sum(value)::float8 END`;

function visibleSql(viewer: Viewer, scope: ImpactScope, now: Date): Prisma.Sql {
  const area = scope.focusAreaId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "DocumentFocusArea" f WHERE f."documentId" = d.id AND f."focusAreaId" = ${scope.focusAreaId})`
    : Prisma.empty;
  return Prisma.sql`visible AS (
    SELECT d.id, d.slug, d.title, d.language::text AS language, d."organizationId", d.countries, d.sectors
    FROM "Document" d
    WHERE d.status = 'PUBLISHED' AND ${documentsSql(viewer, "view", now)} ${area}
  )`;
}

// One row per summarized metric. A percent change scores as an improvement: a fall counts as
// one when lower is better, so the median says how much things got better.
const metricSql = Prisma.sql`metric AS (
  SELECT m."documentId", m.value, m.kind::text AS kind, coalesce(m.currency, '') AS currency,
    CASE WHEN m.kind = 'COUNT' THEN lower(btrim(m.unit)) ELSE '' END AS noun,
    CASE WHEN m.kind = 'PERCENT_CHANGE' AND m.direction = 'LOWER' THEN -m.value::float8 ELSE m.value::float8 END AS score,
    m.year, v.countries, v.sectors, v."organizationId"
  FROM "ImpactMetric" m JOIN visible v ON v.id = m."documentId"
  WHERE m.kind <> 'OTHER'
)`;

// The measures shown: the coalition-wide ones (money, people, quantities, percentages) first,
// then counts, which split by what is counted, each by how many documents report it.
const measureSql = Prisma.sql`measure AS (
  SELECT kind, currency, noun, ${statistic} AS value, count(*)::int AS metrics, count(DISTINCT "documentId")::int AS documents,
    count(*) FILTER (WHERE score > 0)::int AS improved, count(*) OVER ()::int AS "allMeasures"
  FROM metric GROUP BY kind, currency, noun
  ORDER BY kind = 'COUNT', documents DESC, metrics DESC, kind, currency, noun
  LIMIT ${impactLimits.measures}
)`;

function groupsQuery(dimension: ImpactDimension): Prisma.Sql {
  return Prisma.sql`,
  grouped AS (
    SELECT mt.kind, mt.currency, mt.noun, g.key, mt."documentId", mt.value, mt.score
    FROM metric mt JOIN measure USING (kind, currency, noun) CROSS JOIN ${breakdown[dimension]}
  ),
  groups AS (
    SELECT kind, currency, noun, key, ${statistic} AS value, count(*)::int AS metrics, count(DISTINCT "documentId")::int AS documents,
      row_number() OVER (PARTITION BY kind, currency, noun ORDER BY count(DISTINCT "documentId") DESC, key) AS rank,
      count(*) OVER (PARTITION BY kind, currency, noun)::int AS "allGroups"
    FROM grouped GROUP BY kind, currency, noun, key
  ),
  contribution AS (
    SELECT kind, currency, noun, key, "documentId",
      row_number() OVER (PARTITION BY kind, currency, noun, key ORDER BY sum(value) DESC, "documentId") AS rank
    FROM grouped GROUP BY kind, currency, noun, key, "documentId"
  )
  SELECT g.kind, g.currency, g.noun, g.key, g.value, g.metrics, g.documents, g."allGroups",
    coalesce((
      SELECT json_agg(json_build_object('slug', d.slug, 'title', d.title, 'language', d.language) ORDER BY c.rank)
      FROM contribution c JOIN "Document" d ON d.id = c."documentId"
      WHERE c.kind = g.kind AND c.currency = g.currency AND c.noun = g.noun AND c.key IS NOT DISTINCT FROM g.key
        AND c.rank <= ${impactLimits.documentsPerGroup}
    ), '[]'::json) AS "topDocuments"
  FROM groups g WHERE g.rank <= ${impactLimits.groups}`;
}

const listedSql = Prisma.sql`
  SELECT m.label, m.value::float8 AS value, m.unit, m.direction::text AS direction, m.year,
    json_build_object('slug', v.slug, 'title', v.title, 'language', v.language) AS document, count(*) OVER ()::int AS total
  FROM "ImpactMetric" m JOIN visible v ON v.id = m."documentId"
  WHERE m.kind = 'OTHER'
  ORDER BY m.year DESC NULLS LAST, v.title, m.position
  LIMIT ${impactLimits.listed}`;

/** The viewer's impact report: readable published results, summed or summarized per measure. */
export async function getImpactReport(viewer: Viewer, scope: ImpactScope, now: Date = new Date()): Promise<ImpactReport> {
  const withVisible = Prisma.sql`WITH ${visibleSql(viewer, scope, now)}`;
  const [measures, groups, listed, counted] = await db.$transaction(
    [
      db.$queryRaw<MeasureRow[]>`${withVisible}, ${metricSql}, ${measureSql} SELECT * FROM measure`,
      db.$queryRaw<GroupRow[]>`${withVisible}, ${metricSql}, ${measureSql} ${groupsQuery(scope.dimension)}`,
      db.$queryRaw<ListedRow[]>`${withVisible} ${listedSql}`,
      db.$queryRaw<{ n: number }[]>`${withVisible}
        SELECT count(DISTINCT m."documentId")::int AS n FROM "ImpactMetric" m JOIN visible v ON v.id = m."documentId"`,
    ],
    // One snapshot, so the totals, the breakdown and the count describe the same documents.
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
  const organizations = scope.dimension === "organization" ? await organizationNames(groups) : new Map<string, string>();
  return toImpactReport(scope.dimension, counted[0]?.n ?? 0, measures, groups, listed, organizations);
}

async function organizationNames(groups: GroupRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(groups.map((g) => g.key).filter((key): key is string => key !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

export type { ImpactDocumentRef };
