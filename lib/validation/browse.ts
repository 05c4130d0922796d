import { z } from "zod";
import { countryCodes } from "@/lib/domain/countries";
import { DocumentType } from "@/lib/generated/prisma/enums";

export const DOCUMENTS_PAGE_SIZE = 12;
const MAX_PAGE = 500;

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
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(1900).max(2100).optional()).catch(undefined),
  country: z.preprocess(blankToUndefined, z.enum(countryCodes).optional()).catch(undefined),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(MAX_PAGE).default(1)).catch(1),
});

export type BrowseFilters = z.infer<typeof browseFiltersSchema>;

export function parseBrowseFilters(searchParams: Record<string, string | string[] | undefined>): BrowseFilters {
  return browseFiltersSchema.parse(searchParams);
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs in URLs: lowercase words joined by hyphens; anything else cannot exist. */
export const slugSchema = z.string().min(1).max(200).regex(slugPattern);
