// The search engine interface (as outline's BaseSearchProvider): the app builds search
// documents once (document-builder.ts), and each engine indexes and queries them. Engines
// apply the viewer's permission filter (access-filter.ts) inside their own query, so results,
// totals, facets, snippets and suggestions only ever come from readable documents.
import type { DocumentType, Language, Sector, Visibility } from "@/lib/generated/prisma/enums";
import type { Filter } from "./filter";

/** One attachment page (or a part of a long one): found text can say "report.pdf, page 12". */
export interface SearchChunk {
  attachmentId: string;
  fileName: string;
  page: number;
  /** Part number when one page's text was split (Meilisearch indexes 65,535 words per field). */
  part: number;
  text: string;
}

export interface SearchFocusArea {
  id: string;
  slug: string;
  nameEn: string;
  nameEs: string;
}

/** Everything an engine needs about one published document. */
export interface SearchDocument {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** Markdown source. */
  body: string;
  /** The body as plain text (lib/markdown/markdown-text.ts): what snippets are cut from. */
  bodyText: string;
  /** Type-specific text (problem, approach, abstract, issuing body…), joined. */
  details: string;
  /** Author names and DOI: found by search, never shown in a snippet. */
  credits: string;
  tags: string[];
  focusAreas: SearchFocusArea[];
  organization: { id: string; slug: string; name: string } | null;
  countries: string[];
  sectors: Sector[];
  type: DocumentType;
  language: Language;
  year: number | null;
  /** Sort key for "newest": publication date, else first publication (ms since epoch). */
  date: number;
  // Access fields: the same columns the access rules read.
  visibility: Visibility;
  organizationId: string | null;
  contributorId: string | null;
  /** ms since epoch, or null. */
  embargoUntil: number | null;
  chunks: SearchChunk[];
}

export const facetNames = ["focusArea", "type", "country", "sector", "language", "year", "organization", "tag"] as const;
export type FacetName = (typeof facetNames)[number];

export interface SearchFilters {
  focusArea?: string[];
  type?: DocumentType[];
  country?: string[];
  sector?: Sector[];
  language?: Language[];
  organization?: string[];
  tag?: string[];
  yearFrom?: number;
  yearTo?: number;
}

export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  sort: "relevance" | "newest";
  page: number;
  pageSize: number;
  /** Search the words exactly as typed: no correction of likely misspellings ("Search instead for"). */
  verbatim?: boolean;
  /**
   * Only these documents (ids); internal, never from a URL. An empty list matches nothing.
   * For background jobs (saved-search digests) asking which of some new documents match a
   * query for a viewer: it narrows the matches (hits, total, facets) as a filter does, and
   * the permission filter still applies. Spelling correction is as for any filter: the
   * database engine corrects over every readable document, Meilisearch from the matches;
   * `verbatim` leaves it out.
   */
  within?: string[];
}

export interface SearchHit {
  id: string;
  slug: string;
  title: string;
  type: DocumentType;
  language: Language;
  year: number | null;
  focusAreas: SearchFocusArea[];
  /** The document's tags: result cards link each to the search filtered by it. */
  tags: string[];
  /** HTML: the text is escaped first, then <mark> is added around matches. */
  snippet: string;
  /** When the best match is inside an attachment. */
  attachment: { id: string; fileName: string; page: number; snippet: string } | null;
  score: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Count of matching documents the viewer may read: exact unless totalIsEstimate. */
  total: number;
  /**
   * True when `total` is an estimate or a lower bound (Meilisearch counts matches up to its
   * maxTotalHits); the page then says "about 12,300 results". The database engine always counts.
   */
  totalIsEstimate: boolean;
  facets: Record<FacetName, FacetValue[]>;
  /**
   * The query with likely misspellings corrected (from readable documents only) when that is
   * what was searched instead of the words typed; null when the words typed were searched.
   */
  correctedQuery: string | null;
}

export interface EngineStats {
  engine: "postgres" | "meilisearch";
  documents: number;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** Creates or updates the index and its settings (declared in code) to match. */
  reconcile(): Promise<void>;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(documentIds: string[]): Promise<void>;
  /** `access` is the viewer's permission filter; engines AND it into their query. */
  search(request: SearchRequest, access: Filter): Promise<SearchResult>;
  /** Completions of the last word, from readable documents only. */
  suggest(prefix: string, access: Filter, limit: number): Promise<string[]>;
  /** Builds a fresh index from `batches` and replaces the old one without downtime. */
  rebuild(batches: AsyncIterable<SearchDocument[]>): Promise<{ documents: number }>;
  stats(): Promise<EngineStats>;
}
