// The plain PostgreSQL full-text baseline search:bench compares Puente's engine with: the same
// index rows, matched through the GIN index on "SearchEntry".tsv and ordered by ts_rank, top
// 20, with no access filter, no facets, no totals and no attachments. The query's words are
// OR-ed in both languages' analysis, as Puente's engine matches them, so both do comparable
// matching work and the ratio shows what ranking, permissions, facets and totals cost.
import type { Database } from "../../lib/db/client";

export async function baselineSearch(db: Database, q: string): Promise<number> {
  const rows = await db.$queryRaw<{ documentId: string }[]>`
    WITH x AS (SELECT (
      replace(plainto_tsquery('puente_en', ${q})::text, '&', '|') || ' | ' || replace(plainto_tsquery('puente_es', ${q})::text, '&', '|')
    ) AS text),
    q AS (SELECT CASE WHEN x.text = ' | ' THEN NULL ELSE trim(both ' |' from x.text)::tsquery END AS query FROM x)
    SELECT e."documentId" FROM "SearchEntry" e, q WHERE e.tsv @@ q.query ORDER BY ts_rank(e.tsv, q.query) DESC LIMIT 20`;
  return rows.length;
}
