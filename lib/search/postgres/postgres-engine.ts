// The built-in engine: search inside the application's own PostgreSQL (embedded PGlite or a
// server), with no other service to run.
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { filterSql } from "./filter-sql";
import type { Filter } from "../filter";
import { parseQuery, queryText, searchableQuery, type ParsedQuery } from "../query-parser";
import type { EngineStats, SearchDocument, SearchEngine, SearchFocusArea, SearchRequest, SearchResult } from "../types";
import { DocumentAnalyser } from "./analysis/document-analyser";
import { correctedQuery, correctionCandidates, findCorrections } from "./corrections";
import { removeEntries, upsertEntries } from "./indexer";
import { rebuildBesideLive } from "./rebuild";
import { conceptIdf, rankedClauses } from "./ranking";
import { rankedPage, type RankedPage } from "./search-query";
import { searchStatistics } from "./statistics";
import { highlightQuery, makeSnippets, type Snippets } from "./snippets";
import { memorySnippets } from "./postings/snippets";
import { memoryRankedPage, readableWords } from "./postings/memory-search";
import { postingsCache, type PostingsCache } from "./postings/postings-cache";
import { readableDocuments, type ReadableDocuments } from "./postings/readable";
import type { PostingsStore } from "./postings/store";
import { UnreadableTextSearchValue } from "./postings/tsvector-text";
import { buildTsquery, queryClauses, type Analysed, type Clause } from "./tsquery";

type Db = Prisma.TransactionClient;

/** A query as the page needs it: what matches, what scores, and the words as parsed (snippets). */
interface PageQuery {
  tsquery: Analysed | null;
  clauses: Clause[];
  parsed: ParsedQuery;
}

/** The memory index, and what the viewer may read in it. */
interface Memory {
  store: PostingsStore;
  viewer: ReadableDocuments;
}

/** The query's clauses that rank, weighed among the documents the viewer may read. */
async function rankedSearch(db: Db, tsquery: Analysed, clauses: Clause[], access: Filter) {
  const statistics = await searchStatistics(db, clauses, access);
  return { tsquery, ...rankedClauses(clauses, conceptIdf(clauses, statistics.clauses)), averages: statistics.averages };
}

export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres" as const;

  readonly #memory: PostingsCache | null;
  readonly #analyser: DocumentAnalyser;

  /**
   * `memoryIndex`: search the memory index of the search tables (./postings) once it is loaded,
   * rather than SQL alone (SQL still serves until then): true for the database client's own,
   * or the one to use (the app's, shared by the whole process). `analysis`: where documents'
   * texts are analysed when indexed (./analysis/document-analyser.ts); the same vectors either way.
   */
  constructor(
    private readonly db: Database,
    { memoryIndex = true, analysis = "application" }: { memoryIndex?: boolean | PostingsCache; analysis?: "application" | "database" } = {},
  ) {
    this.#memory = memoryIndex === true ? postingsCache(db) : memoryIndex || null;
    this.#analyser = new DocumentAnalyser(analysis === "application");
  }

  /**
   * Loads the memory index now rather than on the first search (start-up, tests, benchmarks);
   * answers the bytes its postings hold in typed arrays (0 without one).
   */
  async warm(): Promise<number> {
    const store = await this.#memory?.warm();
    return store ? store.documents.arrayBytes() + store.chunks.arrayBytes() : 0;
  }

  async reconcile(): Promise<void> {
    // The tables, text search configurations and indexes are created by the migrations.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    await this.db.$transaction((tx) => upsertEntries(tx, documents, { analyser: this.#analyser }), { timeout: 120_000 });
  }

  async remove(documentIds: string[]): Promise<void> {
    await this.db.$transaction((tx) => removeEntries(tx, documentIds));
  }

  /**
   * With the memory index, a search reads the database only to analyse and correct the query
   * and to cut snippets. Without it, one search is one transaction: its statements
   * (corrections, statistics, the ranked page, snippets) run back to back. On the embedded
   * database, where a transaction holds the only session, a rebuild's step or another search
   * could otherwise slip in between each of them, and a search waited for several of those
   * instead of at most one.
   */
  async search(request: SearchRequest, access: Filter): Promise<SearchResult> {
    const store = await this.#memory?.current();
    if (store) {
      try {
        return await this.#search(this.db, request, access, store);
      } catch (error) {
        // A query the memory index cannot read is still answered, by SQL (and reported).
        if (!(error instanceof UnreadableTextSearchValue)) throw error;
        console.error("search: the memory index could not read a query; searching with SQL:", error.message);
      }
    }
    return this.db.$transaction((tx) => this.#search(tx, request, access, null), { timeout: 60_000, maxWait: 60_000 });
  }

  /**
   * A likely misspelling is corrected and the corrected query is what is searched (the result
   * says so, and `verbatim` searches the words as typed instead).
   */
  async #effectiveQuery(db: Db, request: SearchRequest, access: Filter, memory: Memory | null): Promise<{ parsed: ParsedQuery; corrected: string | null }> {
    const typed = parseQuery(request.q);
    if (request.verbatim || !request.q.trim()) return { parsed: typed, corrected: null };
    const known = memory ? await readableWords(db, memory.store, memory.viewer.readable, correctionCandidates(typed)) : undefined;
    const corrected = correctedQuery(request.q, await findCorrections(db, typed, access, known));
    return { parsed: corrected ? parseQuery(corrected) : typed, corrected };
  }

  async #memoryPage(db: Db, { store, viewer }: Memory, query: PageQuery, access: Filter, request: SearchRequest): Promise<{ page: RankedPage; snippets: Snippets }> {
    const highlight = query.tsquery ? highlightQuery(query.parsed) : null;
    const found = await memoryRankedPage(db, store, { ...query, highlight }, access, request, viewer);
    const ids = found.page.rows.map((r) => r.documentId);
    return { page: found.page, snippets: await memorySnippets(db, store, ids, found.highlight, found.chunkMatches) };
  }

  async #sqlPage(db: Db, { tsquery, clauses, parsed }: PageQuery, access: Filter, request: SearchRequest): Promise<{ page: RankedPage; snippets: Snippets }> {
    const page = await rankedPage(db, tsquery ? await rankedSearch(db, tsquery, clauses, access) : null, access, request);
    return { page, snippets: await makeSnippets(db, page.rows.map((r) => r.documentId), tsquery, tsquery ? parsed : null) };
  }

  async #search(db: Db, request: SearchRequest, access: Filter, store: PostingsStore | null): Promise<SearchResult> {
    // Cleaned here as well as at the app's boundary: nothing invisible reaches a statement.
    const q = searchableQuery(request.q);
    // What the viewer may read, from the memory index: once for the corrections and the page.
    const memory = store ? { store, viewer: readableDocuments(store, access) } : null;
    const { parsed, corrected } = await this.#effectiveQuery(db, { ...request, q }, access, memory);
    const parts = queryClauses(parsed);
    const tsquery = buildTsquery(parsed, parts);
    const clauses = [...parts.wanted, ...parts.required.flat()];
    const { page, snippets } = memory
      ? await this.#memoryPage(db, memory, { tsquery, clauses, parsed }, access, request)
      : await this.#sqlPage(db, { tsquery, clauses, parsed }, access, request);
    return {
      hits: page.rows.map((row) => ({
        id: row.documentId, slug: row.slug, title: row.title, type: row.type as SearchResult["hits"][number]["type"],
        language: row.language as "en" | "es", year: row.year, focusAreas: row.focusAreas as SearchFocusArea[], tags: row.tags,
        snippet: snippets.document.get(row.documentId) ?? "", attachment: snippets.attachment.get(row.documentId) ?? null, score: row.score,
      })),
      total: page.total,
      // Every match is counted (in the page's statement, or from the memory index's bitmaps): always exact.
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
    return rebuildBesideLive(this.db, batches, this.#analyser);
  }

  async stats(): Promise<EngineStats> {
    const rows = await this.db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "SearchEntry"`);
    return { engine: "postgres", documents: rows[0]?.n ?? 0 };
  }
}
