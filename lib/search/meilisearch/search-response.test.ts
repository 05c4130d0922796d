import { describe, expect, it } from "vitest";
import { CROP, POST, PRE } from "./highlight";
import { emptyResult, matchedWords, toFacets, toSearchHit, totalOf, type MeiliHit } from "./search-response";

const mark = (text: string) => `${PRE}${text}${POST}`;
const refs = [1, 2, 3].map((page) => ({ attachmentId: "att-1", fileName: page === 3 ? "annex.docx" : "report.pdf", page }));

function hit(formatted: Record<string, unknown>, title: MeiliHit["title"] = { en: "Title" }): MeiliHit {
  return {
    id: "d1", slug: "doc-d1", title, type: "REPORT", language: "en", year: 2024, focusAreas: [], tags: ["customs", "ports"], attachmentRefs: refs,
    _formatted: formatted as MeiliHit["_formatted"], _rankingScore: 0.75,
  };
}

describe("toSearchHit", () => {
  it("escapes the snippet and marks matches, preferring a field that matched", () => {
    const result = toSearchHit(hit({ title: "Title", summary: "<b>Summary</b>", body: `a <i>${mark("port")}</i> b`, attachmentText0: ["x"] }));
    expect(result.snippet).toBe("a &lt;i&gt;<mark>port</mark>&lt;/i&gt; b");
    expect(result.attachment).toBeNull();
    expect(result.score).toBe(0.75);
    // The tags as stored (not the highlighted copy): result cards link each to the search by tag.
    expect(result.tags).toEqual(["customs", "ports"]);
  });

  it("falls back to the summary (or the first non-empty text) without matches", () => {
    expect(toSearchHit(hit({ summary: "A & B" })).snippet).toBe("A &amp; B");
    expect(toSearchHit(hit({ summary: "", body: "Body" })).snippet).toBe("Body");
  });

  it("says with … where Meilisearch cropped the text, and never marks a function word", () => {
    const result = toSearchHit(hit({ body: `${CROP}el ${mark("lavado")} ${mark("de")} ${mark("activos")} en zonas${CROP}` }));
    expect(result.snippet).toBe("… el <mark>lavado</mark> de <mark>activos</mark> en zonas …");
    expect(toSearchHit(hit({ summary: `${mark("Lavado")} de activos.${CROP}` })).snippet).toBe("<mark>Lavado</mark> de activos. …");
  });

  it("names the file and page of the attachment element with the most matched words", () => {
    const result = toSearchHit(hit({
      title: "Title", summary: "S",
      attachmentText0: ["p1", `p2 ${mark("kryptonite")}`],
      attachmentText1: [`p3 ${mark("kryptonite")} ${mark("ore")} <tag>`],
    }));
    expect(result.attachment).toEqual({ id: "att-1", fileName: "annex.docx", page: 3, snippet: "p3 <mark>kryptonite</mark> <mark>ore</mark> &lt;tag&gt;" });
  });

  it("reads the localized text (record.ts) for the title, the snippet and the attachment", () => {
    const result = toSearchHit(hit({
      title: { es: "Título" }, summary: { es: "" }, body: { es: `${CROP}las ${mark("inspecciones")} conjuntas${CROP}` },
      attachmentText0: { es: ["p1", `p2 ${mark("inspecciones")}`] },
    }, { es: "Título" }));
    expect(result.title).toBe("Título");
    expect(result.snippet).toBe("… las <mark>inspecciones</mark> conjuntas …");
    expect(result.attachment).toMatchObject({ fileName: "report.pdf", page: 2 });
    // A record written before the text was localized shows until it is written again.
    expect(toSearchHit(hit({ summary: "Old" }, "Old title" as unknown as MeiliHit["title"])).title).toBe("Old title");
  });

  it("names the attachment even when the document's own text matched too (as the database engine)", () => {
    expect(toSearchHit(hit({ tags: [mark("customs")], attachmentText0: [mark("customs")] })).attachment).toMatchObject({ fileName: "report.pdf", page: 1 });
  });
});

describe("toFacets", () => {
  it("lists every facet by count, then value, from the record attributes", () => {
    const facets = toFacets({ type: { REPORT: 2, RESEARCH: 5, BEST_PRACTICE: 2 }, year: { "2020": 1 }, focusAreaSlugs: { security: 3 } });
    expect(facets.type).toEqual([{ value: "RESEARCH", count: 5 }, { value: "BEST_PRACTICE", count: 2 }, { value: "REPORT", count: 2 }]);
    expect(facets.year).toEqual([{ value: "2020", count: 1 }]);
    expect(facets.focusArea).toEqual([{ value: "security", count: 3 }]);
    expect(facets.tag).toEqual([]);
  });

  it("gives an empty result with every facet empty", () => {
    expect(emptyResult()).toEqual({ hits: [], total: 0, totalIsEstimate: false, correctedQuery: null, facets: toFacets({}) });
    expect(Object.keys(emptyResult().facets).sort()).toEqual(["country", "focusArea", "language", "organization", "sector", "tag", "type", "year"]);
  });
});

describe("matchedWords", () => {
  it("collects the whole highlighted words of the top hits", () => {
    expect(matchedWords([hit({ title: `${mark("Securit")}y`, body: [`x ${mark("port")}s`] }), hit({ summary: mark("later") })], 1)).toEqual(["Security", "ports"]);
    expect(matchedWords([hit({ title: { es: `${mark("Lavad")}o` }, attachmentText0: { es: [`de ${mark("activos")}`] } })])).toEqual(["Lavado", "activos"]);
  });
});

describe("totalOf", () => {
  const hits = (n: number) => Array.from({ length: n }, () => ({}));

  it("takes an exhaustive count (page/hitsPerPage) as exact, unless it reached maxTotalHits", () => {
    expect(totalOf({ hits: hits(20), totalHits: 12_300, page: 1, hitsPerPage: 20 })).toEqual({ total: 12_300, totalIsEstimate: false });
    expect(totalOf({ hits: [], totalHits: 0, page: 1, hitsPerPage: 20 })).toEqual({ total: 0, totalIsEstimate: false });
    expect(totalOf({ hits: hits(20), totalHits: 1000, page: 1, hitsPerPage: 20 }, 1000)).toEqual({ total: 1000, totalIsEstimate: true });
  });

  it("takes estimatedTotalHits (offset/limit) as an estimate while the page is full", () => {
    expect(totalOf({ hits: hits(20), estimatedTotalHits: 12_300, offset: 0, limit: 20 })).toEqual({ total: 12_300, totalIsEstimate: true });
    // Never fewer than the hits already seen.
    expect(totalOf({ hits: hits(20), estimatedTotalHits: 30, offset: 20, limit: 20 })).toEqual({ total: 40, totalIsEstimate: true });
    // A page past the end cannot say how far the matches went.
    expect(totalOf({ hits: [], estimatedTotalHits: 57, offset: 100, limit: 20 })).toEqual({ total: 100, totalIsEstimate: true });
  });

  it("counts exactly when the matches ran out within the limit", () => {
    expect(totalOf({ hits: hits(7), estimatedTotalHits: 9, offset: 20, limit: 20 })).toEqual({ total: 27, totalIsEstimate: false });
    expect(totalOf({ hits: [], estimatedTotalHits: 0, offset: 0, limit: 20 })).toEqual({ total: 0, totalIsEstimate: false });
    // …but not when maxTotalHits cut the page short.
    expect(totalOf({ hits: hits(10), estimatedTotalHits: 1000, offset: 990, limit: 20 }, 1000)).toEqual({ total: 1000, totalIsEstimate: true });
  });
});
