import { describe, expect, it } from "vitest";
import { synonymGroups } from "../synonyms";
import { facetNames } from "../types";
import { filterAttributes } from "./filter-render";
import { attachmentTextAttributes, localizedTextAttributes, toRecord } from "./record";
import { isFunctionWord } from "../function-words";
import { facetAttributes, indexSettings, stopWords } from "./settings";
import { searchDocument } from "./testing-documents";

const settings = indexSettings();

describe("indexSettings", () => {
  it("searches the text fields in rank order, attachment text last", () => {
    expect(settings.searchableAttributes).toEqual([
      "title", "tags", "focusAreaNamesEn", "focusAreaNamesEs", "organizationName", "summary", "details", "credits", "body", ...attachmentTextAttributes,
    ]);
  });

  it("can filter on every access field, every filter field and every facet", () => {
    const filterable = settings.filterableAttributes as string[];
    // The primary key too: a search can be restricted to given documents (SearchRequest.within).
    for (const attribute of ["id", "visibility", "organizationId", "contributorId", "embargoUntil", "focusAreaIds"]) expect(filterable).toContain(attribute);
    for (const attribute of Object.values(filterAttributes)) expect(filterable).toContain(attribute);
    for (const name of facetNames) expect(filterable).toContain(facetAttributes[name]);
  });

  it("only names attributes that records have", () => {
    const record = toRecord(searchDocument("d1"));
    const named = [...(settings.searchableAttributes ?? []), ...(settings.filterableAttributes as string[]), ...(settings.sortableAttributes ?? [])];
    for (const attribute of named) expect(record, attribute).toHaveProperty(attribute);
  });

  it("sorts by date and puts the sort rule first", () => {
    expect(settings.sortableAttributes).toEqual(["date"]);
    expect(settings.rankingRules?.[0]).toBe("sort");
    expect(settings.rankingRules).toEqual(expect.arrayContaining(["words", "typo", "proximity", "attribute", "exactness"]));
  });

  it("allows one typo from 5 letters", () => {
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true });
  });

  it("maps synonyms both ways, across languages", () => {
    const synonyms = settings.synonyms!;
    expect(synonyms["money laundering"]).toContain("lavado de activos");
    expect(synonyms["lavado de activos"]).toContain("money laundering");
    expect(synonyms["narcotráfico"]).toContain("drug trafficking");
    for (const group of synonymGroups) {
      for (const phrase of group) for (const other of group) if (other !== phrase) expect(synonyms[phrase], phrase).toContain(other);
    }
    for (const values of Object.values(synonyms)) expect(values.length).toBeLessThanOrEqual(50);
  });

  it("stops the function words the built-in engine leaves out of queries, and no content words", () => {
    expect(settings.stopWords).toEqual(expect.arrayContaining(["the", "of", "de", "la", "y", "los", "and"]));
    for (const word of settings.stopWords!) expect(isFunctionWord(word), word).toBe(true);
    // Content words of the other language, or nouns as well as verb forms.
    for (const word of ["security", "seguridad", "drug", "crimen", "sea", "son", "estados"]) expect(settings.stopWords).not.toContain(word);
    expect(stopWords.en.length + stopWords.es.length).toBeGreaterThan(20);
  });

  it("analyses each document's text as its language, and everything else as English or Spanish", () => {
    const rules = settings.localizedAttributes!;
    const localeOf = (field: string) => rules.find((rule) => rule.attributePatterns.some((p) => p === "*" || p === field))?.locales;
    for (const name of localizedTextAttributes) {
      expect(localeOf(`${name}.en`), name).toEqual(["eng"]);
      expect(localeOf(`${name}.es`), name).toEqual(["spa"]);
      // Searchable (and ranked) through its parent: nested fields share its weight.
      expect(settings.searchableAttributes, name).toContain(name);
    }
    expect(localeOf("focusAreaNamesEn")).toEqual(["eng"]);
    expect(localeOf("focusAreaNamesEs")).toEqual(["spa"]);
    for (const field of ["tags", "credits", "organizationName", "title"]) expect(localeOf(field), field).toEqual(["eng", "spa"]);
    // The catch-all comes last: Meilisearch applies the first rule that matches.
    expect(rules.at(-1)).toEqual({ attributePatterns: ["*"], locales: ["eng", "spa"] });
  });

  it("stores each language's text under the field names the rules name", () => {
    const patterns = settings.localizedAttributes!.flatMap((rule) => rule.attributePatterns);
    for (const language of ["en", "es"] as const) {
      const record = toRecord(searchDocument("d1", { language, bodyText: "text", chunks: [{ attachmentId: "a", fileName: "f.pdf", page: 1, part: 1, text: "t" }] }));
      for (const name of localizedTextAttributes) {
        expect(record, name).toHaveProperty([name, language]);
        expect(patterns, `${name}.${language}`).toContain(`${name}.${language}`);
      }
    }
  });

  it("counts totals exactly far beyond 100,000 documents, and lists frequent facet values", () => {
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(100_000);
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "count" } });
  });
});
