// Plain PostgreSQL ranking for search:peers: what an application gets from PostgreSQL's own
// full-text search with no engine around it. Each document's title (weight A) and text are
// analysed by the built-in configuration of its language ("english" or "spanish"), the query
// by the same configuration with its words OR-ed (plainto_tsquery alone would AND them, and
// find nothing for most long questions), and matches are ordered by ts_rank.
import type { Database } from "../../lib/db/client";
import type { CollectionLanguage } from "./collection";
import type { Peer } from "./peer-engines";

const CONFIG: Record<CollectionLanguage, string> = { en: "english", es: "spanish" };
const BATCH = 500;

/** `normalization`: ts_rank's length normalization (0, its default: none; 1: divided by 1 + log of the length). */
export function postgresPeer(db: Database, normalization: 0 | 1): Peer {
  return {
    name: normalization === 0 ? "postgres ts_rank" : "postgres ts_rank, normalization 1",
    async build(docs) {
      await db.$executeRawUnsafe(`DROP TABLE IF EXISTS peer_documents`);
      await db.$executeRawUnsafe(`CREATE TABLE peer_documents (id text PRIMARY KEY, config regconfig NOT NULL, tsv tsvector NOT NULL)`);
      for (let i = 0; i < docs.length; i += BATCH) {
        const batch = docs.slice(i, i + BATCH);
        await db.$executeRaw`
          INSERT INTO peer_documents (id, config, tsv)
          SELECT d.id, d.config::regconfig, setweight(to_tsvector(d.config::regconfig, d.title), 'A') || to_tsvector(d.config::regconfig, d.text)
          FROM unnest(${batch.map((d) => d.id)}::text[], ${batch.map((d) => CONFIG[d.language])}::text[], ${batch.map((d) => d.title ?? "")}::text[],
            ${batch.map((d) => d.text ?? "")}::text[]) AS d(id, config, title, text)`;
      }
      await db.$executeRawUnsafe(`CREATE INDEX peer_documents_tsv ON peer_documents USING gin (tsv)`);
      const configs = [...new Set(docs.map((d) => CONFIG[d.language]))];
      return async (query, depth) => {
        // Each document meets the query as its own language analyses it; a query of stop words only matches nothing.
        const rows = await db.$queryRaw<{ id: string }[]>`
          WITH q AS (
            SELECT c.config::regconfig AS config, nullif(replace(plainto_tsquery(c.config::regconfig, ${query})::text, '&', '|'), '') AS text
            FROM unnest(${configs}::text[]) c(config))
          SELECT d.id FROM peer_documents d JOIN q ON q.config = d.config AND q.text IS NOT NULL
          WHERE d.tsv @@ q.text::tsquery
          ORDER BY ts_rank(d.tsv, q.text::tsquery, ${normalization}::int) DESC, d.id LIMIT ${depth}`;
        return rows.map((r) => r.id);
      };
    },
  };
}
