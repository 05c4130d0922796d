import { describe, expect, it } from "vitest";
import { chunkText, toSearchDocument, type SearchSourceRow } from "./document-builder";

const row = (extra: Partial<SearchSourceRow> = {}): SearchSourceRow => ({
  id: "d1", slug: "lavado-de-activos", title: "Lavado de activos en puertos", summary: "Resumen", body: "Texto",
  type: "RESEARCH", language: "es", status: "PUBLISHED", visibility: "MEMBERS", organizationId: "o1", contributorId: "u1",
  embargoUntil: new Date("2030-01-01T00:00:00Z"), publicationDate: new Date("2024-05-01T00:00:00Z"), publishedAt: new Date("2024-06-01T00:00:00Z"),
  countries: ["CO"], sectors: ["GOVERNMENT"], tags: ["puertos"], authorNames: ["Ana Ruiz", "Luis Paz"],
  problem: null, approach: null, outcomes: null, lessonsLearned: null, partners: null, location: null,
  abstract: "Un estudio de casos.", methodology: "Entrevistas.", doi: "10.1234/abc", issuingBody: null,
  organization: { id: "o1", slug: "org", name: "Org" },
  focusAreas: [{ focusArea: { id: "f1", slug: "crime", nameEn: "Transnational crime", nameEs: "Crimen transnacional" } }],
  attachments: [{ id: "a1", fileName: "informe.pdf", pages: [{ page: 1, text: "uno dos tres" }, { page: 12, text: "cuatro cinco seis siete" }] }],
  ...extra,
});

describe("toSearchDocument", () => {
  it("carries text, both languages' focus-area names, filters and access fields", () => {
    const doc = toSearchDocument(row(), 3)!;
    expect(doc).toMatchObject({
      id: "d1", type: "RESEARCH", language: "es", year: 2024, date: Date.parse("2024-05-01T00:00:00Z"),
      visibility: "MEMBERS", organizationId: "o1", contributorId: "u1", embargoUntil: Date.parse("2030-01-01T00:00:00Z"),
      focusAreas: [{ slug: "crime", nameEn: "Transnational crime", nameEs: "Crimen transnacional" }],
    });
    expect(doc.details).toBe("Un estudio de casos.\n\nEntrevistas.");
  });

  it("keeps author names and the DOI out of the text snippets are cut from, and the body's Markdown too", () => {
    const doc = toSearchDocument(row({ body: "## Contexto\n\nEl **lavado de activos** en [puertos](https://example.org)." }))!;
    expect(doc.credits).toBe("Ana Ruiz, Luis Paz\n\n10.1234/abc");
    expect(doc.bodyText).toBe("Contexto\nEl lavado de activos en puertos.");
    expect(doc.body).toContain("**lavado de activos**");
  });

  it("chunks attachment pages and keeps file and page numbers", () => {
    expect(toSearchDocument(row(), 3)!.chunks).toEqual([
      { attachmentId: "a1", fileName: "informe.pdf", page: 1, part: 1, text: "uno dos tres" },
      { attachmentId: "a1", fileName: "informe.pdf", page: 12, part: 1, text: "cuatro cinco seis" },
      { attachmentId: "a1", fileName: "informe.pdf", page: 12, part: 2, text: "siete" },
    ]);
  });

  it("leaves out anything not published", () => {
    for (const status of ["DRAFT", "IN_REVIEW", "REJECTED", "ARCHIVED"] as const) expect(toSearchDocument(row({ status }))).toBeNull();
  });
});

describe("chunkText", () => {
  it("keeps every word once, in order, within the limit", () => {
    const words = Array.from({ length: 4_500 }, (_, i) => `w${i}`);
    const parts = chunkText(words.join("  \n "), 2_000);
    expect(parts.map((p) => p.split(" ").length)).toEqual([2_000, 2_000, 500]);
    expect(parts.join(" ")).toBe(words.join(" "));
    expect(chunkText("   ")).toEqual([]);
  });
});
