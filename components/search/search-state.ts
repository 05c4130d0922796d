// Changes to the search state, made on its URL form: the URL is the whole state, so a change
// is "edit the query string, parse it back". A parameter left out of the URL (sort) keeps
// following its default, and any change but paging starts again at page 1.
import type { SearchRequest } from "@/lib/search/types";
import { defaultSort, type FilterParam, filterParams, parseSearchPageParams, SEARCH_PAGE_SIZE, toSearchParams } from "@/lib/validation/search";

export const SEARCH_PATH = "/search";

/** Locale-less href for next-intl's Link and router. */
export function searchHref(request: SearchRequest): string {
  const query = toSearchParams(request).toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Every readable document with this tag, newest first: where a tag on a document or a result leads. */
export function tagSearchHref(tag: string): string {
  return searchHref({ q: "", filters: { tag: [tag] }, sort: defaultSort(""), page: 1, pageSize: SEARCH_PAGE_SIZE });
}

/** The state as query parameters without the page (for the shared pagination links). */
export function searchQuery(request: SearchRequest): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [key, value] of toSearchParams(withPage(request, 1))) (query[key] ??= []).push(value);
  return query;
}

function edit(request: SearchRequest, change: (params: URLSearchParams) => void, keepPage = false): SearchRequest {
  const params = toSearchParams(request);
  change(params);
  if (!keepPage) params.delete("page");
  return parseSearchPageParams(params);
}

/** New words: spelling correction applies again ("verbatim" was about the words before). */
export function withQuery(request: SearchRequest, q: string): SearchRequest {
  return edit(request, (params) => {
    params.delete("verbatim");
    if (q.trim()) params.set("q", q);
    else params.delete("q");
  });
}

/** The same search with the words exactly as typed, not corrected ("Search instead for"). */
export function asTyped(request: SearchRequest): SearchRequest {
  return edit(request, (params) => params.set("verbatim", "1"));
}

export function withPage(request: SearchRequest, page: number): SearchRequest {
  return edit(request, (params) => (page > 1 ? params.set("page", String(page)) : params.delete("page")), true);
}

export function withoutValue(request: SearchRequest, param: FilterParam, value: string): SearchRequest {
  return edit(request, (params) => params.delete(param, value));
}

export function withoutYears(request: SearchRequest): SearchRequest {
  return edit(request, (params) => {
    params.delete("from");
    params.delete("to");
  });
}

/** One year only: what choosing a year from the year facet means. */
export function withYear(request: SearchRequest, year: number): SearchRequest {
  return edit(request, (params) => {
    params.set("from", String(year));
    params.set("to", String(year));
  });
}

/** Keeps the words and the sort order, drops every filter. */
export function withoutFilters(request: SearchRequest): SearchRequest {
  return edit(request, (params) => {
    for (const param of [...Object.keys(filterParams), "from", "to"]) params.delete(param);
  });
}

export function hasFilters(request: SearchRequest): boolean {
  return Object.values(request.filters).some((value) => value !== undefined && (!Array.isArray(value) || value.length > 0));
}

/** The values of one filter parameter in the current state. */
export function selectedValues(request: SearchRequest, param: FilterParam): readonly string[] {
  return request.filters[filterParams[param]] ?? [];
}

/** The query without its last word, for "use fewer words"; null when it has one word or none. */
export function fewerWords(q: string): string | null {
  const words = q.trim().split(/\s+/).filter(Boolean);
  return words.length > 1 ? words.slice(0, -1).join(" ") : null;
}

/** The state a search form describes, read the way the server reads the submitted URL. */
export function requestFromForm(form: HTMLFormElement): SearchRequest {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string") params.append(key, value);
  return parseSearchPageParams(params);
}

/**
 * The corrected query in words and the text between them, each word marked when it differs
 * from the word typed at the same place (a correction replaces words one for one).
 */
export function correctedParts(typed: string, corrected: string): { text: string; changed: boolean }[] {
  const fold = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const typedWords = typed.match(/[\p{L}\p{N}]+/gu) ?? [];
  const parts: { text: string; changed: boolean }[] = [];
  let index = 0;
  for (const piece of corrected.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue;
    const isWord = /^[\p{L}\p{N}]/u.test(piece);
    const changed = isWord && fold(piece) !== fold(typedWords[index] ?? "");
    if (isWord) index++;
    parts.push({ text: piece, changed });
  }
  return parts;
}
