// Turns a Meilisearch response into the engine-neutral SearchResult: hits with escaped,
// <mark>ed snippets (and, as the database engine does, the best matching attachment page
// whenever attachment text matched), the exact total, and facet counts (one record per
// document, so they count documents).
import type { FacetDistribution, Hit } from "meilisearch";
import { facetNames, type FacetName, type FacetValue, type SearchHit, type SearchResult } from "../types";
import { snippetHtml, toSegments } from "../snippet-text";
import { CROP, fold, formattedStrings, hasHighlight, highlightedFragments, highlightedWords, POST, PRE } from "./highlight";
import { attachmentTextAttributes, type ChunkRef } from "./record";
import { snippetAttributes, type RetrievedRecord } from "./search-params";
import { facetAttributes } from "./settings";

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
    title: hit.title,
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

export function emptyResult(): SearchResult {
  return { hits: [], total: 0, facets: toFacets(undefined), correctedQuery: null };
}
