// The index settings, declared in code; reconcile() applies whatever differs on the server.
import type { Settings } from "meilisearch";
import { functionWordLists } from "../function-words";
import { synonymMap } from "../synonyms";
import type { FacetName } from "../types";
import { filterAttributes } from "./filter-render";
import { attachmentTextAttributes, localizedFields } from "./record";

/** Facet name → record attribute. Focus areas and organizations facet (and filter) by slug. */
export const facetAttributes: Readonly<Record<FacetName, string>> = {
  focusArea: "focusAreaSlugs",
  type: "type",
  country: "countries",
  sector: "sectors",
  language: "language",
  year: "year",
  organization: "organizationSlug",
  tag: "tags",
};

/**
 * Ranked: a match in an earlier attribute ranks higher (the "attribute" rule). The localized
 * text (record.ts: "title.en" or "title.es") is searchable through its parent, and nested
 * fields share their parent's weight: an English and a Spanish title rank alike.
 */
export const searchableAttributes: readonly string[] = [
  "title", "tags", "focusAreaNamesEn", "focusAreaNamesEs", "organizationName", "summary", "details", "credits", "body", ...attachmentTextAttributes,
];

// Every attribute a Filter can name (access fields included) and every facet.
const filterableAttributes = [...new Set([...Object.values(filterAttributes), ...Object.values(facetAttributes)])].sort();

// The function words both engines leave out of a query (../function-words.ts): a query for
// "lavado de activos" matches on "lavado" and "activos", never on "de". Meilisearch still
// keeps their positions, so phrases that contain them ("tráfico de drogas") keep matching.
export const stopWords = functionWordLists;

/** Meilisearch counts matches up to this many (totalHits); a count that reaches it is a lower bound. */
export const MAX_TOTAL_HITS = 1_000_000;

/**
 * Each field's language, as Meilisearch's locales (ISO 639-3). A document's text is stored under
 * its language (record.ts), so its fields are analysed as that language; the focus-area names
 * are known per language; every other field (tags, credits, text of records written before the
 * text was localized) may be either. The first rule whose pattern matches a field applies.
 * Meilisearch does not stem English or Spanish: the locale chooses the tokenizer pipeline, and
 * pinning it keeps a short Spanish text from being detected as, say, German (compound words
 * split), Swedish or Turkish (other letters folded), whose pipelines differ from the one both
 * our languages share.
 */
export function localizedAttributes(): NonNullable<Settings["localizedAttributes"]> {
  return [
    { attributePatterns: [...localizedFields("en"), "focusAreaNamesEn"], locales: ["eng"] },
    { attributePatterns: [...localizedFields("es"), "focusAreaNamesEs"], locales: ["spa"] },
    { attributePatterns: ["*"], locales: ["eng", "spa"] },
  ];
}

/**
 * Synonyms: every phrase of a group maps to the others (synonymMap). Meilisearch treats a
 * multi-word synonym as a phrase (its words consecutive, in order), and recognizes a phrase
 * in the query only when it has at most three words: "sustitución de cultivos ilícitos" (4)
 * typed in a query does not expand, but its three-word sibling does, and a query for any
 * sibling still finds documents containing the 4-word phrase. A word has at most 50 synonyms.
 */
export function indexSettings(): Settings {
  return {
    searchableAttributes: [...searchableAttributes],
    filterableAttributes,
    sortableAttributes: ["date"],
    // "sort" first: with sort=newest, matches are in date order (every match holds all query
    // words, see search-params.ts); without a sort parameter the rule does nothing.
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      // Years and numbers: 2019 must not match 2018.
      disableOnNumbers: true,
    },
    synonyms: synonymMap(),
    stopWords: [...new Set([...stopWords.en, ...stopWords.es])].sort(),
    localizedAttributes: localizedAttributes(),
    // totalHits is capped at maxTotalHits (default 1,000): keep it far above the corpus size.
    // A count that reaches it is reported as an estimate (search-response.ts, totalOf).
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    // Facets list the most frequent values (Meilisearch's default order is alphabetical).
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "count" } },
  };
}
