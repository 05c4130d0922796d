// The Meilisearch search request for a SearchRequest. The query text is passed exactly as the
// user typed it: Meilisearch itself reads "quoted phrases" and -exclusions (-word, -"phrase").
// Limit: Meilisearch uses only the first 10 words of a query and ignores the rest without an
// error (the database engine reads up to 32 parts), so very long queries are cut short.
import type { SearchParams } from "meilisearch";
import type { SearchRequest } from "../types";
import { CROP, POST, PRE } from "./highlight";
import { attachmentTextAttributes, type MeiliRecord } from "./record";
import { facetAttributes } from "./settings";

/** Words in a snippet. */
export const SNIPPET_WORDS = 24;
export const MAX_PAGE_SIZE = 100;

export const retrievedAttributes = ["id", "slug", "title", "type", "language", "year", "focusAreas", "tags", "attachmentRefs"] as const;
export type RetrievedRecord = Pick<MeiliRecord, (typeof retrievedAttributes)[number]>;

/** The document's own text fields: highlighted to find matched words (suggestion.ts). */
export const documentTextAttributes = ["title", "tags", "focusAreaNamesEn", "focusAreaNamesEs", "organizationName", "summary", "details", "credits", "body"] as const;
/** Snippet sources, in order of preference (not the credits: names are no excerpt of the text). */
export const snippetAttributes = ["summary", "body", "details"] as const;

// Meilisearch cannot OR the words the way the database engine does (any word matches, more
// words rank higher). "last" comes closest: documents with every word first, then the query is
// relaxed by dropping words from its end. Not "frequency": it picks the words to drop by their
// document counts over the whole index, unreadable documents included (milli counts them
// without the filter), so a word that only hidden documents hold would change which readable
// documents match and the total a visitor sees. The total and the facets count every
// document of the relaxed query, whatever the page size.
const matchingStrategy = "last";

// No `locales`: the query's language is unknown (the page's language is not the query's, and
// Spanish speakers search English documents and the other way round, the synonyms bridging
// the two). `locales` would pin how the query is tokenized to a language we would be guessing;
// without it Meilisearch picks among the locales the index declares (eng and spa, settings.ts),
// which share one Latin-script pipeline, so a query is split and folded the same either way
// and matches the text of both languages. Names, numbers and codes match whatever the language.

export function buildSearchParams(request: SearchRequest, filter: string | true) {
  const blank = request.q.trim() === "";
  return {
    filter: filter === true ? undefined : filter,
    // Without words there is no relevance to rank by: newest first.
    sort: request.sort === "newest" || blank ? ["date:desc"] : undefined,
    // page/hitsPerPage (not offset/limit) makes Meilisearch count totalHits exhaustively.
    page: Math.max(1, Math.floor(request.page)),
    hitsPerPage: Math.min(MAX_PAGE_SIZE, Math.max(0, Math.floor(request.pageSize))),
    facets: Object.values(facetAttributes),
    attributesToRetrieve: [...retrievedAttributes],
    attributesToHighlight: [...documentTextAttributes, ...attachmentTextAttributes],
    attributesToCrop: [...snippetAttributes, ...attachmentTextAttributes],
    cropLength: SNIPPET_WORDS,
    highlightPreTag: PRE,
    highlightPostTag: POST,
    // A private character, so that the snippet knows where the text was cut (../snippet-text.ts).
    cropMarker: CROP,
    showRankingScore: true,
    matchingStrategy,
  } satisfies SearchParams;
}

/** The query for suggest(): titles and tags of readable documents. */
export function completionParams(filter: string | true, hits: number) {
  return {
    filter: filter === true ? undefined : filter,
    limit: hits,
    attributesToSearchOn: ["title", "tags"],
    attributesToRetrieve: ["title", "tags", "language"],
    matchingStrategy: "all",
  } satisfies SearchParams;
}
