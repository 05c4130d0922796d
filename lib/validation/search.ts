// The search page's URL (and the search API's query string) <-> SearchRequest. The URL holds
// the whole state, so the UI builds every link and navigation with toSearchParams.
// Pages parse leniently (a shared or hand-edited URL never fails: bad values are dropped);
// the API parses strictly (a client learns what it sent wrong, per parameter).
import { z } from "zod";
import { countryCodes } from "@/lib/domain/countries";
import { DocumentType, Language, Sector } from "@/lib/generated/prisma/enums";
import { isBlankQuery } from "@/lib/search/query-parser";
import type { SearchFilters, SearchRequest } from "@/lib/search/types";
import { slugSchema } from "./browse";
import { YEAR_MAX, YEAR_MIN } from "./dates";
import { tagSchema } from "./document";
import { pageParam } from "./page-param";
import { searchText, textCodes } from "./text";

export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE = 1000;
export const SEARCH_MAX_PAGE_SIZE = 50;
export const SEARCH_QUERY_MAX = 200;
/** More values of one filter than any facet offers is a malformed URL, not a search. */
const MAX_VALUES = 30;

/** Filter parameters as they appear in URLs, and the SearchFilters key each one fills. */
export const filterParams = {
  area: "focusArea",
  type: "type",
  country: "country",
  sector: "sector",
  lang: "language",
  org: "organization",
  tag: "tag",
} as const satisfies Record<string, keyof SearchFilters>;
export type FilterParam = keyof typeof filterParams;
type ListKey = (typeof filterParams)[FilterParam];

const valueSchemas = {
  area: slugSchema,
  type: z.enum(DocumentType),
  // Codes are case-insensitive in URLs ("co"), canonical in upper case.
  country: z.string().toUpperCase().pipe(z.enum(countryCodes)),
  sector: z.enum(Sector),
  lang: z.enum(Language),
  org: slugSchema,
  // Tags keep their own rules (no quotes or operators); engines bind them as values anyway.
  tag: tagSchema,
} satisfies Record<FilterParam, z.ZodType>;

/** What an API client is told about a value it sent (message keys under Errors). */
const invalidValue: Record<FilterParam, string> = {
  area: "slug_invalid",
  type: "type_invalid",
  country: "country_invalid",
  sector: "sector_invalid",
  lang: "language_invalid",
  org: "slug_invalid",
  tag: "tag_invalid",
};

const yearSchema = z
  .string("year_invalid")
  .regex(/^\d{4}$/, "year_invalid")
  .transform(Number)
  .pipe(z.number().min(YEAR_MIN, "year_invalid").max(YEAR_MAX, "year_invalid"));

const pageSizeSchema = z
  .string("page_size_invalid")
  .regex(/^\d+$/, "page_size_invalid")
  .transform(Number)
  .pipe(z.number().min(1, "page_size_invalid").max(SEARCH_MAX_PAGE_SIZE, "page_size_invalid"));

const sortSchema = z.enum(["relevance", "newest"], { error: "sort_invalid" });

/** "Search instead for" the words as typed: the flag that turns spelling correction off. */
const verbatimSchema = z.enum(["1", "true", "0", "false"], { error: "verbatim_invalid" }).transform((v) => v === "1" || v === "true");

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Strict: every value must be valid. Lenient: invalid values are left out. */
function listSchema<T extends string>(param: FilterParam, item: z.ZodType<T>, strict: boolean) {
  const value = z.string(invalidValue[param]).transform((raw, ctx): T | undefined => {
    const parsed = item.safeParse(raw);
    if (parsed.success) return parsed.data;
    if (strict) ctx.addIssue({ code: "custom", message: invalidValue[param] });
    return undefined;
  });
  const valid = (values: (T | undefined)[]) => unique(values.filter((v): v is T => v !== undefined));
  const values = strict ? z.array(value, invalidValue[param]).max(MAX_VALUES, "too_many_values") : z.array(value).transform((v) => v.slice(0, MAX_VALUES));
  return values.transform(valid).default([]);
}

/** A single-valued parameter; leniently, an invalid value counts as absent. */
function optional<T>(schema: z.ZodType<T>, strict: boolean) {
  return strict ? schema.optional() : schema.optional().catch(undefined);
}

function paramsSchema(strict: boolean) {
  const list = <T extends string>(param: FilterParam, item: z.ZodType<T>) => listSchema(param, item, strict);
  return z.object({
    q: searchText(SEARCH_QUERY_MAX, { strict }).default(""),
    area: list("area", valueSchemas.area),
    type: list("type", valueSchemas.type),
    country: list("country", valueSchemas.country),
    sector: list("sector", valueSchemas.sector),
    lang: list("lang", valueSchemas.lang),
    org: list("org", valueSchemas.org),
    tag: list("tag", valueSchemas.tag),
    from: optional(yearSchema, strict),
    to: optional(yearSchema, strict),
    sort: optional(sortSchema, strict),
    verbatim: optional(verbatimSchema, strict),
    // The same reading for pages and the API (lib/validation/page-param.ts).
    page: pageParam(SEARCH_MAX_PAGE),
    // Pages show a fixed number of results; API clients may choose.
    pageSize: strict ? pageSizeSchema.default(SEARCH_PAGE_SIZE) : z.unknown().optional().transform(() => SEARCH_PAGE_SIZE),
  }, textCodes.invalid);
}

const strictSchema = paramsSchema(true).refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
  message: "year_order",
  path: ["to"],
});
const lenientSchema = paramsSchema(false);
/** The API's parameters, one field per URL parameter (for tests that must cover each). */
export const searchApiParamsSchema = strictSchema;
type ParsedParams = z.infer<typeof strictSchema>;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every known parameter as its list of non-blank values; single-valued ones keep the first. */
function normalize(input: SearchParamsInput): Record<string, string | string[]> {
  const entries: [string, string][] = input instanceof URLSearchParams
    ? [...input.entries()]
    : Object.entries(input).flatMap(([key, value]) => (value === undefined ? [] : [value].flat().map((v): [string, string] => [key, v])));
  const out = new Map<string, string | string[]>();
  for (const [key, value] of entries) {
    if (value.trim() === "") continue; // an empty form field means "not set"
    const seen = out.get(key);
    // hasOwn: a parameter named "constructor" or "__proto__" is just an unknown parameter.
    if (Object.hasOwn(filterParams, key)) {
      if (Array.isArray(seen)) seen.push(value);
      else out.set(key, [value]);
    } else if (seen === undefined) out.set(key, value);
  }
  return Object.fromEntries(out);
}

const nonEmpty = <T>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined);

function toRequest(p: ParsedParams): SearchRequest {
  // A reversed range from a form is read as the range the person meant.
  const [yearFrom, yearTo] = p.from !== undefined && p.to !== undefined && p.from > p.to ? [p.to, p.from] : [p.from, p.to];
  const filters: SearchFilters = {
    focusArea: nonEmpty(p.area),
    type: nonEmpty(p.type),
    country: nonEmpty(p.country),
    sector: nonEmpty(p.sector),
    language: nonEmpty(p.lang),
    organization: nonEmpty(p.org),
    tag: nonEmpty(p.tag),
    yearFrom,
    yearTo,
  };
  for (const key of Object.keys(filters) as (keyof SearchFilters)[]) if (filters[key] === undefined) delete filters[key];
  // Only punctuation or operators ("-", "(((", '"') asks for nothing: the browse state, as no
  // query, so no page claims "31 results for “-”" and the URL the UI builds leaves it out.
  const q = isBlankQuery(p.q) ? "" : p.q;
  const request: SearchRequest = { q, filters, sort: p.sort ?? defaultSort(q), page: p.page, pageSize: p.pageSize };
  // Only words can be corrected: without them the flag means nothing and is left out.
  if (p.verbatim && q) request.verbatim = true;
  return request;
}

/** Relevance needs words to rank by; without them the newest documents come first. */
export function defaultSort(q: string): SearchRequest["sort"] {
  return q ? "relevance" : "newest";
}

/** For pages: always a request; invalid values are dropped, the page size is fixed. */
export function parseSearchPageParams(input: SearchParamsInput): SearchRequest {
  return toRequest(lenientSchema.parse(normalize(input)));
}

export type ApiParseResult = { success: true; data: SearchRequest } | { success: false; fieldErrors: Record<string, string[]> };

/** For the API: invalid values are errors, keyed by parameter name. */
export function parseSearchApiParams(input: SearchParamsInput): ApiParseResult {
  const parsed = strictSchema.safeParse(normalize(input));
  if (parsed.success) return { success: true, data: toRequest(parsed.data) };
  return { success: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
}

/** The prefix for completions: cleaned and bounded like a query. */
export const suggestParamsSchema = z.object({
  q: searchText(SEARCH_QUERY_MAX, { strict: true }).default(""),
}, textCodes.invalid);

/** The inverse of parsing: the shortest URL query for `request` (defaults are left out). */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.q) params.set("q", request.q);
  if (request.q && request.verbatim) params.set("verbatim", "1");
  for (const [param, key] of Object.entries(filterParams) as [FilterParam, ListKey][]) {
    for (const value of request.filters[key] ?? []) params.append(param, value);
  }
  if (request.filters.yearFrom !== undefined) params.set("from", String(request.filters.yearFrom));
  if (request.filters.yearTo !== undefined) params.set("to", String(request.filters.yearTo));
  if (request.sort !== defaultSort(request.q)) params.set("sort", request.sort);
  if (request.page > 1) params.set("page", String(request.page));
  if (request.pageSize !== SEARCH_PAGE_SIZE) params.set("pageSize", String(request.pageSize));
  return params;
}
