import { describe, expect, it } from "vitest";
import { completionsFrom } from "./completions";

const docs = [
  { title: "Drug trafficking routes", tags: ["trafficking", "drugs"] },
  { title: "Traffic safety", tags: ["Tráfico de drogas"] },
  { title: "Trade policy", tags: [] },
];

describe("completionsFrom", () => {
  it("lists tags, then titles, that start with the typed text, shortest first", () => {
    expect(completionsFrom("traf", docs, 5)).toEqual(["trafficking", "Tráfico de drogas", "Traffic safety", "Drug trafficking routes"]);
  });

  it("matches a title by any of its words, and whole multi-word prefixes", () => {
    expect(completionsFrom("drug traf", docs, 5)).toEqual(["Drug trafficking routes"]);
    expect(completionsFrom("safety", docs, 5)).toEqual(["Traffic safety"]);
  });

  it("drops typo matches that do not start with what was typed", () => {
    expect(completionsFrom("trad", docs, 5)).toEqual(["Trade policy"]);
  });

  it("folds accents and case, keeps each text once, and respects the limit", () => {
    expect(completionsFrom("TRAFICO", docs, 5)).toEqual(["Tráfico de drogas"]);
    expect(completionsFrom("traf", [...docs, ...docs], 2)).toEqual(["trafficking", "Tráfico de drogas"]);
    expect(completionsFrom("traf", docs, 0)).toEqual([]);
  });

  it("needs two letters", () => {
    expect(completionsFrom(" t ", docs, 5)).toEqual([]);
  });
});
