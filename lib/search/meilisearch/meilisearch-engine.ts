// The Meilisearch implementation of SearchEngine. One record per published document
// (record.ts); the viewer's permission filter and the user's filters are rendered into one
// Meilisearch filter (filter-render.ts), so hits, totals, facets, snippets, suggestions and
// completions only ever come from documents the viewer may read. Requires a Meilisearch
// server recent enough for every declared setting (typoTolerance.disableOnNumbers) and the
// `rename` field of index swaps: 1.18 or later.
import { Meilisearch, type MultiSearchParams, type SearchParams, type WaitOptions } from "meilisearch";
import { all, type Filter } from "../filter";
import type { EngineStats, SearchDocument, SearchEngine, SearchRequest, SearchResult } from "../types";
import { completionsFrom, MIN_PREFIX, type CompletionSource } from "./completions";
import { facetQueries, mergeFacets } from "./disjunctive-facets";
import { liveIndexName, waitOptions, type MeilisearchConfig } from "./config";
import { renderFilter } from "./filter-render";
import { addRecords, applySettings, ensureIndex, isMeiliError } from "./index-admin";
import { rebuildIndex } from "./rebuild";
import { localizedValue, toRecord, type MeiliRecord } from "./record";
import { buildSearchParams, completionParams, type RetrievedRecord } from "./search-params";
import { emptyResult, matchedWords, toSearchHit, totalOf } from "./search-response";
import { indexSettings } from "./settings";
import { suggestCorrection, verbatimQuery } from "./suggestion";
import { succeeded } from "./tasks";
import { queryText, searchableQuery } from "../query-parser";
import { requestScope, userFilter } from "../user-filters";

/** Documents whose titles and tags feed suggest() (the best matches). */
const COMPLETION_HITS = 50;

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  readonly #client: Meilisearch;
  readonly #prefix: string;
  readonly #live: string;
  readonly #wait: WaitOptions;

  constructor(config: MeilisearchConfig) {
    this.#client = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: config.requestTimeoutMs ?? 30_000 });
    this.#prefix = config.indexPrefix;
    this.#live = liveIndexName(config.indexPrefix);
    this.#wait = waitOptions(config);
  }

  get indexName(): string {
    return this.#live;
  }

  #index() {
    return this.#client.index<RetrievedRecord>(this.#live);
  }

  async reconcile(): Promise<void> {
    await ensureIndex(this.#client, this.#live, this.#wait);
    await applySettings(this.#client.index(this.#live), indexSettings(), this.#wait);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length > 0) await addRecords(this.#client.index(this.#live), documents.map(toRecord), this.#wait);
  }

  async remove(documentIds: string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await succeeded(this.#client.index(this.#live).deleteDocuments(documentIds), `delete ${documentIds.length} documents`, this.#wait);
  }

  /**
   * When the typo tolerance matched a query word only as another word, that correction is
   * what is searched (a second request, with the corrected words), so the results are exactly
   * those of the corrected query. `verbatim` searches the words as typed: each plain word is
   * sent as a one-word phrase, which Meilisearch matches without typos or prefixes.
   */
  async search(request: SearchRequest, access: Filter): Promise<SearchResult> {
    // `within` narrows the permission filter in every query (main and facet counts) alike.
    const scope = requestScope(access, request);
    const filter = renderFilter(all([scope, userFilter(request.filters)]));
    // Meilisearch has no "match nothing" filter (an empty `within` among others): nothing to ask.
    if (filter === false) return emptyResult();
    // The same cleaning as the database engine's; a query of only operators browses.
    const q = searchableQuery(request.q);
    const params = buildSearchParams({ ...request, q }, filter);
    const counts = facetQueries({ ...request, q }, scope);
    const ask = async (text: string) =>
      counts.length === 0 ? [await this.#index().search(text, params)] : await this.#multiSearch(text, [params, ...counts.map((c) => c.params)]);
    let [response, ...facetResponses] = await ask(request.verbatim ? verbatimQuery(q) : q);
    const corrected = !request.verbatim && q.trim() !== "" && response!.hits.length > 0 ? suggestCorrection(q, matchedWords(response!.hits)) : null;
    if (corrected) [response, ...facetResponses] = await ask(corrected);
    return {
      hits: response!.hits.map(toSearchHit),
      ...totalOf(response!),
      facets: mergeFacets(request, response!.facetDistribution, counts, facetResponses.map((r) => r.facetDistribution)),
      correctedQuery: corrected,
    };
  }

  /** Several searches of the live index in one request (the main one first). */
  async #multiSearch(q: string, queries: SearchParams[]) {
    const { results } = await this.#client.multiSearch<MultiSearchParams, RetrievedRecord>({ queries: queries.map((p) => ({ indexUid: this.#live, q, ...p })) });
    return results;
  }

  async suggest(prefix: string, access: Filter, limit: number): Promise<string[]> {
    const filter = renderFilter(access);
    const typed = queryText(prefix).trim();
    if (filter === false || [...typed].length < MIN_PREFIX || limit <= 0) return [];
    type Source = Partial<Pick<MeiliRecord, "title" | "tags" | "language">>;
    const response = await this.#client.index<Source>(this.#live).search(typed, completionParams(filter, COMPLETION_HITS));
    const sources: CompletionSource[] = response.hits.map((hit) => ({ title: localizedValue(hit.title, hit.language ?? "en"), tags: hit.tags }));
    return completionsFrom(typed, sources, limit);
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>): Promise<{ documents: number }> {
    return rebuildIndex(this.#client, this.#prefix, batches, this.#wait);
  }

  async stats(): Promise<EngineStats> {
    try {
      const stats = await this.#client.index(this.#live).getStats();
      return { engine: "meilisearch", documents: stats.numberOfDocuments };
    } catch (error) {
      if (isMeiliError(error, "index_not_found")) return { engine: "meilisearch", documents: 0 };
      throw error;
    }
  }
}

export function createMeilisearchEngine(config: MeilisearchConfig): MeilisearchEngine {
  return new MeilisearchEngine(config);
}
