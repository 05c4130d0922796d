import { describe, expect, it } from "vitest";
import type { Settings } from "meilisearch";
import { indexSettings } from "./settings";
import { settingsDiff } from "./settings-diff";

/** What a server answers after applying the settings: reordered sets, normalized words, extra defaults. */
function asServerReturns(settings: Settings): Settings {
  const synonyms = Object.fromEntries(Object.entries(settings.synonyms ?? {}).map(([k, v]) => [k, [...v].reverse()]));
  return {
    ...settings,
    filterableAttributes: [...(settings.filterableAttributes ?? [])].reverse(),
    stopWords: [...(settings.stopWords ?? [])].reverse(),
    synonyms,
    displayedAttributes: ["*"],
    distinctAttribute: null,
    typoTolerance: { ...settings.typoTolerance },
    pagination: { maxTotalHits: settings.pagination?.maxTotalHits },
  };
}

describe("settingsDiff", () => {
  const desired = indexSettings();

  it("is empty when the server already has the settings", () => {
    expect(settingsDiff(desired, asServerReturns(desired))).toEqual({});
  });

  it("tolerates words the server returns lowercased and without accents", () => {
    const current = asServerReturns(desired);
    current.synonyms = Object.fromEntries(Object.entries(desired.synonyms!).map(([k, v]) => [k.normalize("NFD").replace(/\p{M}/gu, ""), v]));
    expect(settingsDiff(desired, current)).toEqual({});
  });

  it("lists only the settings that differ", () => {
    const current = asServerReturns(desired);
    current.rankingRules = ["words", "typo", "proximity", "attribute", "sort", "exactness"];
    current.typoTolerance = { ...current.typoTolerance, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } };
    expect(settingsDiff(desired, current)).toEqual({ rankingRules: desired.rankingRules, typoTolerance: desired.typoTolerance });
  });

  it("updates a fresh index's defaults", () => {
    const fresh: Settings = { searchableAttributes: ["*"], filterableAttributes: [], sortableAttributes: [], synonyms: {}, stopWords: [], pagination: { maxTotalHits: 1000 } };
    expect(Object.keys(settingsDiff(desired, fresh)).sort()).toEqual(Object.keys(desired).sort());
  });

  it("removes synonyms that are no longer declared", () => {
    const current = asServerReturns(desired);
    current.synonyms = { ...current.synonyms, obsolete: ["old"] };
    expect(settingsDiff(desired, current)).toEqual({ synonyms: desired.synonyms });
  });

  it("compares searchable attributes in order (their order is their rank)", () => {
    const current = asServerReturns(desired);
    current.searchableAttributes = [...desired.searchableAttributes!].reverse();
    expect(settingsDiff(desired, current)).toEqual({ searchableAttributes: desired.searchableAttributes });
  });

  it("upgrades an index whose fields were not localized yet (language detection only)", () => {
    const current = asServerReturns(desired);
    current.localizedAttributes = [
      { attributePatterns: ["focusAreaNamesEn"], locales: ["eng"] },
      { attributePatterns: ["focusAreaNamesEs"], locales: ["spa"] },
      { attributePatterns: ["*"], locales: ["eng", "spa"] },
    ];
    expect(settingsDiff(desired, current)).toEqual({ localizedAttributes: desired.localizedAttributes });
    // A rule more on the server is removed too: the rules must match exactly.
    current.localizedAttributes = [...desired.localizedAttributes!, { attributePatterns: ["extra"], locales: ["fra"] }];
    expect(settingsDiff(desired, current)).toEqual({ localizedAttributes: desired.localizedAttributes });
  });
});
