// One Meilisearch record per document, so totals and facet counts count documents. Attachment
// text goes into the same record: the chunks fill a few array attributes (attachmentText0…),
// each up to the position budget Meilisearch indexes per attribute, and attachmentRefs says
// which file and page each element came from (element k of the slots, taken in order, is
// attachmentRefs[k]). Text past the last slot is not indexed: attachmentWordsSkipped counts it.
import type { SearchChunk, SearchDocument } from "../types";
import { stripPlaceholders } from "./highlight";
import { countWords, estimatePositions, POSITION_BUDGET } from "./positions";

/** Array attributes for attachment text, each with its own 65,535-position limit. */
export const ATTACHMENT_SLOTS = 4;
export const attachmentTextAttributes: readonly string[] = Array.from({ length: ATTACHMENT_SLOTS }, (_, i) => `attachmentText${i}`);

export type ChunkRef = Pick<SearchChunk, "attachmentId" | "fileName" | "page">;

/** The search document as stored: organization and chunks flattened into searchable, filterable attributes. */
export type MeiliRecord = Omit<SearchDocument, "organization" | "chunks" | "bodyText"> & {
  focusAreaIds: string[];
  focusAreaSlugs: string[];
  focusAreaNamesEn: string[];
  focusAreaNamesEs: string[];
  organizationSlug: string | null;
  attachmentRefs: ChunkRef[];
  attachmentWordsSkipped: number;
  [slot: `attachmentText${number}`]: string[];
};

export interface ChunkSlots {
  slots: string[][];
  refs: ChunkRef[];
  skippedWords: number;
}

/** Fills the slots in order; once they are full, the remaining chunks are counted as skipped. */
export function assignChunkSlots(chunks: readonly SearchChunk[], slotCount = ATTACHMENT_SLOTS, budget = POSITION_BUDGET): ChunkSlots {
  const slots: string[][] = Array.from({ length: slotCount }, () => []);
  const refs: ChunkRef[] = [];
  let slot = 0;
  let used = 0;
  let skippedWords = 0;
  for (const chunk of chunks) {
    const text = stripPlaceholders(chunk.text);
    const cost = estimatePositions(text);
    // A chunk larger than a whole budget still gets an empty slot (Meilisearch keeps its start).
    if (used > 0 && used + cost > budget) {
      slot++;
      used = 0;
    }
    if (slot >= slotCount) {
      skippedWords += countWords(text);
      continue;
    }
    slots[slot]!.push(text);
    refs.push({ attachmentId: chunk.attachmentId, fileName: chunk.fileName, page: chunk.page });
    used += cost;
  }
  return { slots, refs, skippedWords };
}

const clean = stripPlaceholders;

export function toRecord(doc: SearchDocument): MeiliRecord {
  const { slots, refs, skippedWords } = assignChunkSlots(doc.chunks);
  const record: MeiliRecord = {
    id: doc.id,
    slug: doc.slug,
    title: clean(doc.title),
    summary: clean(doc.summary),
    // The plain text, not the Markdown: the body is a snippet source, and syntax is no word.
    body: clean(doc.bodyText),
    details: clean(doc.details),
    credits: clean(doc.credits),
    tags: doc.tags.map(clean),
    focusAreas: doc.focusAreas,
    focusAreaIds: doc.focusAreas.map((f) => f.id),
    focusAreaSlugs: doc.focusAreas.map((f) => f.slug),
    focusAreaNamesEn: doc.focusAreas.map((f) => clean(f.nameEn)),
    focusAreaNamesEs: doc.focusAreas.map((f) => clean(f.nameEs)),
    organizationId: doc.organizationId,
    organizationSlug: doc.organization?.slug ?? null,
    countries: doc.countries,
    sectors: doc.sectors,
    type: doc.type,
    language: doc.language,
    year: doc.year,
    date: doc.date,
    visibility: doc.visibility,
    contributorId: doc.contributorId,
    embargoUntil: doc.embargoUntil,
    attachmentRefs: refs,
    attachmentWordsSkipped: skippedWords,
  };
  slots.forEach((texts, i) => (record[`attachmentText${i}`] = texts));
  return record;
}
