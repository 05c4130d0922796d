import { z } from "zod";
import { countryCodes } from "@/lib/domain/countries";
import { DocumentType } from "@/lib/generated/prisma/enums";
import { YEAR_MAX, YEAR_MIN } from "./dates";
import { pageParam } from "./page-param";
import { textCodes } from "./text";

export const DOCUMENTS_PAGE_SIZE = 12;
export const DOCUMENTS_MAX_PAGE = 500;

// URL parameters arrive as string | string[] | undefined; only the first value counts.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = first(value);
  return v === "" ? undefined : v;
};

/**
 * Filters of a browsing page, from its URL. A hand-edited value that is not valid is
 * dropped rather than failing the page: the page shows what the rest of the URL asks for.
 */
export const browseFiltersSchema = z.object({
  type: z.preprocess(blankToUndefined, z.enum(DocumentType).optional()).catch(undefined),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX).optional()).catch(undefined),
  country: z.preprocess(blankToUndefined, z.enum(countryCodes).optional()).catch(undefined),
  page: pageParam(DOCUMENTS_MAX_PAGE),
}, textCodes.invalid);

export type BrowseFilters = z.infer<typeof browseFiltersSchema>;

export function parseBrowseFilters(searchParams: Record<string, string | string[] | undefined>): BrowseFilters {
  return browseFiltersSchema.parse(searchParams);
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs in URLs: lowercase words joined by hyphens; anything else cannot exist. */
export const slugSchema = z.string("slug_invalid").min(1, "slug_invalid").max(200, "slug_invalid").regex(slugPattern, "slug_invalid");
