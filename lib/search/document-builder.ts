// The one place that turns documents into what search engines index (both engines use it):
// only the public version of published documents, with focus areas in both languages, the
// access fields, and the text of live attachments in chunks that remember file and page. The
// body's plain text is derived here, once per write, so no search has to strip Markdown.
import type { Prisma } from "@/lib/generated/prisma/client";
import { markdownToText } from "@/lib/markdown/markdown-text";
import type { SearchChunk, SearchDocument } from "./types";

/** Meilisearch indexes the first 65,535 words of an attribute; chunks stay far below that. */
export const MAX_CHUNK_WORDS = 2_000;

export const searchDocumentSelect = {
  id: true, slug: true, title: true, summary: true, body: true, type: true, language: true, status: true,
  visibility: true, organizationId: true, contributorId: true, embargoUntil: true, publicationDate: true, publishedAt: true,
  countries: true, sectors: true, tags: true, authorNames: true,
  problem: true, approach: true, outcomes: true, lessonsLearned: true, partners: true, location: true,
  abstract: true, methodology: true, doi: true, issuingBody: true,
  organization: { select: { id: true, slug: true, name: true } },
  focusAreas: { orderBy: { position: "asc" }, select: { focusArea: { select: { id: true, slug: true, nameEn: true, nameEs: true } } } },
  attachments: {
    where: { live: true },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, pages: { orderBy: { page: "asc" }, select: { page: true, text: true } } },
  },
} satisfies Prisma.DocumentSelect;

export type SearchSourceRow = Prisma.DocumentGetPayload<{ select: typeof searchDocumentSelect }>;

/** Splits a page's text into parts of at most `maxWords` words, keeping words whole. */
export function chunkText(text: string, maxWords: number = MAX_CHUNK_WORDS): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (let i = 0; i < words.length; i += maxWords) parts.push(words.slice(i, i + maxWords).join(" "));
  return parts;
}

function chunksOf(row: SearchSourceRow, maxWords: number): SearchChunk[] {
  return row.attachments.flatMap((file) =>
    file.pages.flatMap((page) =>
      chunkText(page.text, maxWords).map((text, i) => ({ attachmentId: file.id, fileName: file.fileName, page: page.page, part: i + 1, text })),
    ),
  );
}

const detailFields = ["problem", "approach", "outcomes", "lessonsLearned", "partners", "location", "abstract", "methodology", "issuingBody"] as const;

/** A published document as engines index it; null when it must not be searchable. */
export function toSearchDocument(row: SearchSourceRow, maxWords: number = MAX_CHUNK_WORDS): SearchDocument | null {
  if (row.status !== "PUBLISHED") return null;
  const date = row.publicationDate ?? row.publishedAt;
  return {
    id: row.id, slug: row.slug, title: row.title, summary: row.summary, body: row.body, bodyText: markdownToText(row.body),
    details: detailFields.map((f) => row[f]).filter(Boolean).join("\n\n"),
    credits: [row.authorNames.join(", "), row.doi].filter(Boolean).join("\n\n"),
    tags: row.tags,
    focusAreas: row.focusAreas.map((f) => f.focusArea),
    organization: row.organization,
    countries: row.countries, sectors: row.sectors, type: row.type, language: row.language,
    year: row.publicationDate ? row.publicationDate.getUTCFullYear() : null,
    date: date ? date.getTime() : 0,
    visibility: row.visibility, organizationId: row.organizationId, contributorId: row.contributorId,
    embargoUntil: row.embargoUntil ? row.embargoUntil.getTime() : null,
    chunks: chunksOf(row, maxWords),
  };
}

/** Loads and builds the search documents for these ids; ids not returned are to be removed. */
export async function buildSearchDocuments(db: Prisma.TransactionClient, ids: string[]): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db.document.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: searchDocumentSelect });
  return rows.map((row) => toSearchDocument(row)).filter((doc): doc is SearchDocument => doc !== null);
}
