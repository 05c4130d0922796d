import "server-only";
// Facet values are identifiers (slugs, enum values, ISO codes); people read names. Built on
// the server, where the catalogs and the directory are, and handed to the sidebar as data.
import { getTranslations } from "next-intl/server";
import { listFocusAreaNames } from "@/lib/dal/focus-areas";
import { listOrganizationNames } from "@/lib/dal/organizations";
import { DocumentType, Language, Sector } from "@/lib/generated/prisma/enums";
import { countryName, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchRequest, SearchResult } from "@/lib/search/types";
import { type FacetLabels, prettifySlug } from "./facet-groups";

const isIn = <T extends string>(values: Record<string, T>, value: string): value is T => Object.hasOwn(values, value);

export async function loadFacetLabels(locale: Locale, facets: SearchResult["facets"], request: SearchRequest): Promise<FacetLabels> {
  const orgSlugs = [...new Set([...(facets.organization ?? []).map((f) => f.value), ...(request.filters.organization ?? [])])];
  const [t, areas, organizations] = await Promise.all([getTranslations("Enums"), listFocusAreaNames(), listOrganizationNames(orgSlugs)]);
  const areaNames = new Map(areas.map((area) => [area.slug, localizedName(area, locale)]));
  const regional = t("regional");
  return {
    focusArea: (slug) => areaNames.get(slug) ?? prettifySlug(slug),
    type: (value) => (isIn(DocumentType, value) ? t(`documentType.${value}`) : value),
    language: (value) => (isIn(Language, value) ? t(`language.${value}`) : value),
    country: (code) => countryName(code, locale, regional),
    sector: (value) => (isIn(Sector, value) ? t(`sector.${value}`) : value),
    organization: (slug) => organizations.get(slug) ?? prettifySlug(slug),
    tag: (tag) => tag,
  };
}

