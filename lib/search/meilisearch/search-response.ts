// Turns a Meilisearch response into the engine-neutral SearchResult: hits with escaped,
// <mark>ed snippets (and, as the database engine does, the best matching attachment page
// whenever attachment text matched), the total and whether it is exact, and facet counts (one
// record per document, so they count documents).
import type { FacetDistribution, Hit, SearchResponse } from "meilisearch";
import { facetNames, type FacetName, type FacetValue, type SearchHit, type SearchResult } from "../types";
import { snippetHtml, toSegments } from "../snippet-text";
import { CROP, fold, formattedStrings, hasHighlight, highlightedFragments, highlightedWords, POST, PRE } from "./highlight";
import { attachmentTextAttributes, localizedValue, type ChunkRef } from "./record";
import { snippetAttributes, type RetrievedRecord } from "./search-params";
import { facetAttributes, MAX_TOTAL_HITS } from "./settings";

export type MeiliHit = Hit<RetrievedRecord>;
type Formatted = Record<string, unknown>;

function formattedOf(hit: MeiliHit): Formatted {
  return (hit._formatted ?? {}) as Formatted;
}

function firstString(value: unknown): string {
  return formattedStrings(value)[0] ?? "";
}

/** A cropped, highlighted text as a snippet: "…" where Meilisearch cropped it, function words unmarked. */
export function croppedSnippet(formatted: string): string {
  const text = formatted.trim();
  const segments = toSegments(text.replaceAll(CROP, ""), { start: PRE, stop: POST });
  return snippetHtml([{ segments, cutBefore: text.startsWith(CROP), cutAfter: text.endsWith(CROP) }]);
}

function snippetOf(formatted: Formatted): string {
  const texts = snippetAttributes.map((name) => firstString(formatted[name]));
  return croppedSnippet(texts.find(hasHighlight) ?? texts.find((t) => t.trim() !== "") ?? "");
}

/** The attachment element with the most distinct matched words (the first on a tie). */
function bestChunk(formatted: Formatted, refs: readonly ChunkRef[]): SearchHit["attachment"] {
  let best: { score: number; text: string; ref: ChunkRef } | null = null;
  let index = 0;
  for (const name of attachmentTextAttributes) {
    for (const text of formattedStrings(formatted[name])) {
      const ref = refs[index++];
      const score = new Set(highlightedFragments(text).map(fold)).size;
      if (ref && score > 0 && (!best || score > best.score)) best = { score, text, ref };
    }
  }
  return best && { id: best.ref.attachmentId, fileName: best.ref.fileName, page: best.ref.page, snippet: croppedSnippet(best.text) };
}

export function toSearchHit(hit: MeiliHit): SearchHit {
  const formatted = formattedOf(hit);
  return {
    id: hit.id,
    slug: hit.slug,
    title: localizedValue(hit.title, hit.language) ?? "",
    type: hit.type,
    language: hit.language,
    year: hit.year,
    focusAreas: hit.focusAreas,
    tags: hit.tags,
    snippet: snippetOf(formatted),
    attachment: bestChunk(formatted, hit.attachmentRefs ?? []),
    score: hit._rankingScore ?? 0,
  };
}

export function toFacets(distribution: FacetDistribution | undefined): Record<FacetName, FacetValue[]> {
  const facets = {} as Record<FacetName, FacetValue[]>;
  for (const name of facetNames) {
    const counts = distribution?.[facetAttributes[name]] ?? {};
    facets[name] = Object.entries(counts)
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}

/** The words the top hits matched (whole words, even for prefix matches), for "did you mean". */
export function matchedWords(hits: readonly MeiliHit[], top = 5): string[] {
  return hits.slice(0, top).flatMap((hit) => Object.values(formattedOf(hit)).flatMap(formattedStrings).flatMap(highlightedWords));
}

/**
 * The total, and whether it is exact. Asked with page/hitsPerPage (as search-params.ts asks),
 * Meilisearch counts every match into totalHits, but stops at maxTotalHits: a count that
 * reaches it is only a lower bound. Asked with offset/limit, it answers estimatedTotalHits,
 * counted from the candidates before its ranking rules have sorted them all, so it can be off
 * either way; it is exact only when the results ran out within the limit (fewer hits than
 * asked, and not because maxTotalHits cut them short), and then it is offset + hits.
 */
export function totalOf(response: Partial<SearchResponse>, maxTotalHits = MAX_TOTAL_HITS): Pick<SearchResult, "total" | "totalIsEstimate"> {
  if (typeof response.totalHits === "number") return { total: response.totalHits, totalIsEstimate: response.totalHits >= maxTotalHits };
  const hits = response.hits?.length ?? 0;
  const offset = response.offset ?? 0;
  const limit = response.limit ?? 20;
  const reached = offset + hits;
  if (hits < limit && (hits > 0 || offset === 0) && reached < maxTotalHits) return { total: reached, totalIsEstimate: false };
  return { total: Math.max(response.estimatedTotalHits ?? 0, reached), totalIsEstimate: true };
}

export function emptyResult(): SearchResult {
  return { hits: [], total: 0, totalIsEstimate: false, facets: toFacets(undefined), correctedQuery: null };
}
