// Test support: SearchDocument values with sensible defaults, for unit and contract tests.
import type { SearchChunk, SearchDocument } from "../types";

export function searchDocument(id: string, overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    slug: `doc-${id}`,
    title: `Document ${id}`,
    summary: "",
    body: "",
    bodyText: "",
    details: "",
    credits: "",
    tags: [],
    focusAreas: [{ id: "fa-trade", slug: "trade", nameEn: "Trade and investment", nameEs: "Comercio e inversión" }],
    organization: { id: "org-a", slug: "org-a", name: "Organization A" },
    countries: ["CO"],
    sectors: ["CIVIL_SOCIETY"],
    type: "REPORT",
    language: "en",
    year: 2024,
    date: Date.UTC(2024, 0, 1),
    visibility: "PUBLIC",
    organizationId: "org-a",
    contributorId: "contributor-1",
    embargoUntil: null,
    chunks: [],
    ...overrides,
  };
}

/** One chunk per page of a file, each `words` words long. */
export function pages(fileName: string, count: number, words: number, text = (page: number) => `page ${page}`): SearchChunk[] {
  return Array.from({ length: count }, (_, i) => {
    const filler = Array.from({ length: Math.max(0, words - 2) }, (_, w) => `word${w}`).join(" ");
    return { attachmentId: `att-${fileName}`, fileName, page: i + 1, part: 1, text: `${text(i + 1)} ${filler}`.trim() };
  });
}
