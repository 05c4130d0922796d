// The built-in engine: search inside the application's own PostgreSQL (embedded PGlite or a
// server), with no other service to run.
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { filterSql } from "./filter-sql";
import type { Filter } from "../filter";
import { parseQuery, queryText, searchableQuery, type ParsedQuery } from "../query-parser";
import type { EngineStats, SearchDocument, SearchEngine, SearchFocusArea, SearchRequest, SearchResult } from "../types";
import { correctedQuery, findCorrections } from "./corrections";
import { removeEntries, upsertEntries } from "./indexer";
import { rebuildBesideLive } from "./rebuild";
import { conceptIdf, rankedClauses } from "./ranking";
import { rankedPage } from "./search-query";
import { searchStatistics } from "./statistics";
import { makeSnippets } from "./snippets";
import { buildTsquery, queryClauses, type Analysed, type Clause } from "./tsquery";

type Db = Prisma.TransactionClient;

/** The query's clauses that rank, weighed among the documents the viewer may read. */
async function rankedSearch(db: Db, tsquery: Analysed, clauses: Clause[], access: Filter) {
  const statistics = await searchStatistics(db, clauses, access);
  return { tsquery, ...rankedClauses(clauses, conceptIdf(clauses, statistics.clauses)), averages: statistics.averages };
}

export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const;

  constructor(private readonly db: Database) {}

  async reconcile(): Promise<void> {
    // The tables, text search configurations and indexes are created by the migrations.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.db.$transaction((tx) => upsertEntries(tx, documents), { timeout: 120_000 });
  }

  async remove(documentIds: string[]): Promise<void> {
    await this.db.$transaction((tx) => removeEntries(tx, documentIds));
  }

  /**
   * One search is one transaction: its statements (corrections, statistics, the ranked page,
   * snippets) run back to back. On the embedded database, where a transaction holds the only
   * session, a rebuild's step or another search could otherwise slip in between each of them,
   * and a search waited for several of those instead of at most one.
   */
  async search(request: SearchRequest, access: Filter): Promise<SearchResult> {
    return this.db.$transaction((tx) => this.#search(tx, request, access), { timeout: 60_000, maxWait: 60_000 });
  }

  /**
   * A likely misspelling is corrected and the corrected query is what is searched (the result
   * says so, and `verbatim` searches the words as typed instead).
   */
  async #effectiveQuery(db: Db, request: SearchRequest, access: Filter): Promise<{ parsed: ParsedQuery; corrected: string | null }> {
    const typed = parseQuery(request.q);
    if (request.verbatim || !request.q.trim()) return { parsed: typed, corrected: null };
    const corrected = correctedQuery(request.q, await findCorrections(db, typed, access));
    return { parsed: corrected ? parseQuery(corrected) : typed, corrected };
  }

  async #search(db: Db, request: SearchRequest, access: Filter): Promise<SearchResult> {
    // Cleaned here as well as at the app's boundary: nothing invisible reaches a statement.
    const q = searchableQuery(request.q);
    const { parsed, corrected } = await this.#effectiveQuery(db, { ...request, q }, access);
    const parts = queryClauses(parsed);
    const tsquery = buildTsquery(parsed, parts);
    const clauses = [...parts.wanted, ...parts.required.flat()];
    const search = tsquery ? await rankedSearch(db, tsquery, clauses, access) : null;
    const page = await rankedPage(db, search, access, request);
    const snippets = await makeSnippets(db, page.rows.map((r) => r.documentId), tsquery, tsquery ? parsed : null);
    return {
      hits: page.rows.map((row) => ({
        id: row.documentId, slug: row.slug, title: row.title, type: row.type as SearchResult["hits"][number]["type"],
        language: row.language as "en" | "es", year: row.year, focusAreas: row.focusAreas as SearchFocusArea[], tags: row.tags,
        snippet: snippets.document.get(row.documentId) ?? "", attachment: snippets.attachment.get(row.documentId) ?? null, score: row.score,
      })),
      total: page.total,
      // Counted in the same statement as the page, every match: always exact.
      totalIsEstimate: false,
      facets: page.facets,
      correctedQuery: corrected,
    };
  }

  /** Titles and tags of readable documents that start with (a word starting with) the prefix. */
  async suggest(prefix: string, access: Filter, limit: number): Promise<string[]> {
    const folded = queryText(prefix).trim().toLowerCase();
    if (folded.length < 2) return [];
    const pattern = `${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await this.db.$queryRaw<{ suggestion: string }[]>`
      SELECT suggestion FROM (
        SELECT DISTINCT t AS suggestion, 0 AS kind FROM "SearchEntry" e, unnest(e.tags) t WHERE ${filterSql(access)} AND unaccent(t) ILIKE unaccent(${pattern})
        UNION
        SELECT DISTINCT e.title, 1 FROM "SearchEntry" e WHERE ${filterSql(access)}
          AND (unaccent(e.title) ILIKE unaccent(${pattern}) OR unaccent(e.title) ILIKE unaccent(${`% ${pattern}`}))
      ) s ORDER BY kind, length(suggestion), suggestion LIMIT ${limit}`;
    return rows.map((r) => r.suggestion);
  }

  /** Builds a new index beside the live one in short transactions and swaps it in (./rebuild.ts). */
  async rebuild(batches: AsyncIterable<SearchDocument[]>): Promise<{ documents: number }> {
    return rebuildBesideLive(this.db, batches);
  }

  async stats(): Promise<EngineStats> {
    const rows = await this.db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "SearchEntry"`);
    return { engine: "postgres", documents: rows[0]?.n ?? 0 };
  }
}
