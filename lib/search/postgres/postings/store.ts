// The memory index of the built-in engine: every SearchEntry and SearchChunk row, read from
// the database and kept as postings (./unit-index.ts), with each document's filterable fields
// as value lists (the filter language's leaves become bitmaps: ./bitmaps.ts) and its facet
// values as small integers (./facets.ts). It holds what the tables hold at one index
// generation; ./postings-cache.ts keeps it current.
import type { FilterField, FilterValues } from "../../filter";
import { facetNames, type FacetName } from "../../types";
import { postingIndex } from "./query-eval";
import type { NodePair } from "./score";
import { parseTsvector } from "./tsvector-text";
import { LANGUAGE_CODES, UnitIndex } from "./unit-index";

/** A SearchEntry row as loaded (./load.ts). Times are milliseconds since the epoch. */
export interface EntryRow {
  documentId: string;
  slug: string;
  title: string;
  type: string;
  language: "en" | "es";
  year: number | null;
  date: number;
  visibility: string;
  organizationId: string | null;
  contributorId: string | null;
  embargoUntil: number | null;
  focusAreaIds: string[];
  focusAreaSlugs: string[];
  countries: string[];
  sectors: string[];
  tags: string[];
  organizationSlug: string | null;
  focusAreas: unknown;
  fieldLengths: number[];
  tsv: string;
}

export interface ChunkRow {
  id: string;
  page: number;
  documentId: string;
  length: number;
  tsv: string;
}

/** What a page of hits shows of a document. */
export type PageFields = Pick<EntryRow, "documentId" | "slug" | "title" | "type" | "language" | "year" | "focusAreas" | "tags">;

/** The filter fields, and the facets, as columns of an entry. */
export const FILTER_COLUMNS: Record<FilterField, keyof EntryRow> = {
  documentId: "documentId", visibility: "visibility", organizationId: "organizationId", contributorId: "contributorId",
  embargoUntil: "embargoUntil", focusAreaIds: "focusAreaIds", focusAreaSlugs: "focusAreaSlugs", type: "type", countries: "countries",
  sectors: "sectors", language: "language", year: "year", organizationSlug: "organizationSlug", tags: "tags",
};
export const FACET_FIELDS: Record<FacetName, FilterField> = {
  focusArea: "focusAreaSlugs", type: "type", country: "countries", sector: "sectors", language: "language", year: "year",
  organization: "organizationSlug", tag: "tags",
};

/** The key of a missing value in a field's value lists. */
export const NULL_KEY = "\u0000";

const valuesOf = (row: EntryRow, field: FilterField): string[] => {
  const value = row[FILTER_COLUMNS[field]];
  if (Array.isArray(value)) return value.map(String);
  return value === null || value === undefined ? [NULL_KEY] : [String(value)];
};

export class PostingsStore {
  readonly documents = new UnitIndex(4);
  readonly chunks = new UnitIndex(1);
  /** Per document number. */
  readonly ids: string[] = [];
  readonly pages: PageFields[] = [];
  date = new Float64Array(1024);
  /** Per document: 1 when its field lengths were recorded (entries older than them have none). */
  measured = new Uint8Array(1024);
  /** Per chunk number: its document's number. */
  chunkDocument = new Int32Array(1024);
  /** Per chunk number: its row's id and its page. */
  readonly chunkIds: string[] = [];
  readonly chunkPages: number[] = [];
  readonly #current = new Map<string, { document: number; chunks: number[] }>();
  /** Bumped by every change: what is computed from the store is valid while it stays the same. */
  version = 0;
  /** The live documents with an embargo, and their filter values: time conditions on them change by the minute. */
  readonly timed = new Map<number, FilterValues>();
  /** Per filter field, per value: the documents (live or dead) that have it. */
  readonly values = new Map<FilterField, Map<string, number[]>>();
  /**
   * Per document d: its facet values, as numbers of `facetValues`, are
   * facetFlat[facetStart[d]] up to facetFlat[facetStart[d + 1]]: one flat array rather than one
   * small array per document, which counting facets over 100,000 matches spent most of its
   * time reaching.
   */
  facetStart = new Int32Array(1025);
  facetFlat = new Int32Array(8192);
  readonly facetValues: { facet: FacetName; value: string }[] = [];
  /** Per facet value: its facet's position in facetNames. */
  facetOf = new Int8Array(64);
  readonly #facetValueIds = new Map<string, number>();

  has(documentId: string): boolean {
    return this.#current.has(documentId);
  }

  /** Adds or replaces a document with its chunks. */
  put(row: EntryRow, chunks: ChunkRow[]): void {
    this.remove(row.documentId);
    this.version++;
    const language = LANGUAGE_CODES[row.language];
    const document = this.documents.add(language, row.fieldLengths, parseTsvector(row.tsv));
    this.ids[document] = row.documentId;
    const { documentId, slug, title, type, year, focusAreas, tags } = row;
    this.pages[document] = { documentId, slug, title, type, language: row.language, year, focusAreas, tags };
    if (document >= this.date.length) this.date = copyGrown(this.date, this.date.length * 2);
    this.date[document] = row.date;
    if (document >= this.measured.length) this.measured = copyGrown(this.measured, this.measured.length * 2);
    this.measured[document] = row.fieldLengths.length === 4 ? 1 : 0;
    for (const field of Object.keys(FILTER_COLUMNS) as FilterField[]) {
      const byValue = this.values.get(field) ?? new Map<string, number[]>();
      this.values.set(field, byValue);
      for (const value of valuesOf(row, field)) {
        const list = byValue.get(value);
        if (list) list.push(document);
        else byValue.set(value, [document]);
      }
    }
    this.#addFacetValues(
      document,
      (Object.entries(FACET_FIELDS) as [FacetName, FilterField][]).flatMap(([facet, field]) =>
        valuesOf(row, field).flatMap((value) => (value === NULL_KEY ? [] : [this.#facetValueId(facet, value)])),
      ),
    );
    const numbers = chunks.map((chunk) => {
      const unit = this.chunks.add(language, [chunk.length], parseTsvector(chunk.tsv));
      if (unit >= this.chunkDocument.length) this.chunkDocument = copyGrown(this.chunkDocument, this.chunkDocument.length * 2);
      this.chunkDocument[unit] = document;
      this.chunkIds[unit] = chunk.id;
      this.chunkPages[unit] = chunk.page;
      return unit;
    });
    this.#current.set(row.documentId, { document, chunks: numbers });
    if (row.embargoUntil !== null) {
      this.timed.set(document, Object.fromEntries((Object.keys(FILTER_COLUMNS) as FilterField[]).map((f) => [f, row[FILTER_COLUMNS[f]] as FilterValues[FilterField]])));
    }
  }

  remove(documentId: string): void {
    const current = this.#current.get(documentId);
    if (!current) return;
    this.version++;
    this.timed.delete(current.document);
    this.documents.kill(current.document);
    for (const chunk of current.chunks) this.chunks.kill(chunk);
    this.#current.delete(documentId);
  }

  /**
   * The id of the document's matching chunk with the most occurrences of the words `query` looks
   * for (in the document's language), the earliest page first; null when none matches.
   */
  bestChunk(documentId: string, matching: Uint8Array, query: NodePair | null): string | null {
    const current = this.#current.get(documentId);
    if (!current) return null;
    const language = this.pages[current.document]!.language;
    const lists = this.chunks.listsOf(query?.[language] ?? null);
    let best: { unit: number; n: number } | null = null;
    for (const unit of current.chunks) {
      if (!matching[unit]) continue;
      let n = 0;
      for (const list of lists) {
        const i = postingIndex(list, unit);
        if (i >= 0) n += list.offsets[i + 1]! - list.offsets[i]!;
      }
      if (!best || n > best.n || (n === best.n && this.chunkPages[unit]! < this.chunkPages[best.unit]!)) best = { unit, n };
    }
    return best ? this.chunkIds[best.unit]! : null;
  }

  /** Documents are numbered in order, so each one's values go at the end of the flat array. */
  #addFacetValues(document: number, ids: number[]): void {
    if (document + 2 > this.facetStart.length) this.facetStart = copyGrown(this.facetStart, this.facetStart.length * 2);
    const start = this.facetStart[document]!;
    let capacity = this.facetFlat.length;
    while (start + ids.length > capacity) capacity *= 2;
    if (capacity > this.facetFlat.length) this.facetFlat = copyGrown(this.facetFlat, capacity);
    this.facetFlat.set(ids, start);
    this.facetStart[document + 1] = start + ids.length;
  }

  #facetValueId(facet: FacetName, value: string): number {
    const key = `${facet}\u0000${value}`;
    let id = this.#facetValueIds.get(key);
    if (id === undefined) {
      id = this.facetValues.length;
      this.facetValues.push({ facet, value });
      if (id >= this.facetOf.length) this.facetOf = copyGrown(this.facetOf, this.facetOf.length * 2);
      this.facetOf[id] = facetNames.indexOf(facet);
      this.#facetValueIds.set(key, id);
    }
    return id;
  }
}

function copyGrown<T extends Float64Array | Int32Array | Uint8Array | Int8Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}
