// One Meilisearch record per document, so totals and facet counts count documents. Attachment
// text goes into the same record: the chunks fill a few array attributes (attachmentText0…),
// each up to the position budget Meilisearch indexes per attribute, and attachmentRefs says
// which file and page each element came from (element k of the slots, taken in order, is
// attachmentRefs[k]). Text past the last slot is not indexed: attachmentWordsSkipped counts it.
//
// The document's own text is stored under its language: an English document's title is
// `title.en`, a Spanish one's `title.es` (likewise its summary, body, details and attachment
// text), so localizedAttributes (settings.ts) can tell Meilisearch which language each field is
// in. Nested fields share their parent's weight in searchableAttributes, so "title" still ranks
// above "body" and an English title weighs exactly what a Spanish one does. Names, numbers and
// codes are tokenized the same in both (Meilisearch's Latin-script pipeline), and the fields
// that are no prose of one language (tags, credits, the names of focus areas, which have their
// own fields per language) stay plain.
import type { Language } from "@/lib/generated/prisma/enums";
import type { SearchChunk, SearchDocument } from "../types";
import { stripPlaceholders } from "./highlight";
import { countWords, estimatePositions, POSITION_BUDGET } from "./positions";

/** Array attributes for attachment text, each with its own 65,535-position limit. */
export const ATTACHMENT_SLOTS = 4;
export const attachmentTextAttributes: readonly string[] = Array.from({ length: ATTACHMENT_SLOTS }, (_, i) => `attachmentText${i}`);

export type ChunkRef = Pick<SearchChunk, "attachmentId" | "fileName" | "page">;

export const recordLanguages = ["en", "es"] as const satisfies readonly Language[];

/** Text under the key of its language: `{ en: "…" }` or `{ es: "…" }` (one key per record). */
export type Localized<T> = Partial<Record<Language, T>>;

/** The attributes whose text is stored under the document's language. */
export const localizedTextAttributes: readonly string[] = ["title", "summary", "body", "details", ...attachmentTextAttributes];

/** The nested field names of one language ("title.en", "attachmentText0.en"…): localizedAttributes' patterns. */
export function localizedFields(language: Language): string[] {
  return localizedTextAttributes.map((name) => `${name}.${language}`);
}

/**
 * The text of a localized attribute: the document's language first, else whichever language
 * it has. A plain string is read as it is: records written before the text was localized
 * (an index being upgraded) keep showing until they are written again.
 */
export function localizedValue<T>(value: Localized<T> | T | undefined, language: Language): T | undefined {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) return value as T | undefined;
  const byLanguage = value as Localized<T>;
  return byLanguage[language] ?? recordLanguages.map((l) => byLanguage[l]).find((v) => v !== undefined);
}

/** The search document as stored: organization and chunks flattened into searchable, filterable attributes. */
export type MeiliRecord = Omit<SearchDocument, "organization" | "chunks" | "bodyText" | "title" | "summary" | "body" | "details"> & {
  title: Localized<string>;
  summary: Localized<string>;
  body: Localized<string>;
  details: Localized<string>;
  focusAreaIds: string[];
  focusAreaSlugs: string[];
  focusAreaNamesEn: string[];
  focusAreaNamesEs: string[];
  organizationSlug: string | null;
  /** Searchable, as the database engine finds a document by its organization's name. */
  organizationName: string | null;
  attachmentRefs: ChunkRef[];
  attachmentWordsSkipped: number;
  [slot: `attachmentText${number}`]: Localized<string[]>;
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
  const inLanguage = <T>(value: T): Localized<T> => ({ [doc.language]: value });
  const record: MeiliRecord = {
    id: doc.id,
    slug: doc.slug,
    title: inLanguage(clean(doc.title)),
    summary: inLanguage(clean(doc.summary)),
    // The plain text, not the Markdown: the body is a snippet source, and syntax is no word.
    body: inLanguage(clean(doc.bodyText)),
    details: inLanguage(clean(doc.details)),
    credits: clean(doc.credits),
    tags: doc.tags.map(clean),
    focusAreas: doc.focusAreas,
    focusAreaIds: doc.focusAreas.map((f) => f.id),
    focusAreaSlugs: doc.focusAreas.map((f) => f.slug),
    focusAreaNamesEn: doc.focusAreas.map((f) => clean(f.nameEn)),
    focusAreaNamesEs: doc.focusAreas.map((f) => clean(f.nameEs)),
    organizationId: doc.organizationId,
    organizationSlug: doc.organization?.slug ?? null,
    organizationName: doc.organization ? clean(doc.organization.name) : null,
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
  slots.forEach((texts, i) => (record[`attachmentText${i}`] = inLanguage(texts)));
  return record;
}
