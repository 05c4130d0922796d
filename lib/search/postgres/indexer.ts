// Writes search documents into the built-in engine's tables. Text is analysed in the document's
// own language (its stems, and the exact words, accents folded: ./tsquery.ts CONFIGS), weighted
// A (title) > B (tags, focus areas) > C (summary, type-specific fields) > D (body). A query is
// analysed in both languages, and each document meets the analysis of its own.
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchDocument } from "../types";
import { countWords } from "../word-runs";
import type { DocumentAnalyser, VectorOf, Weight } from "./analysis/document-analyser";
import { bumpIndexGeneration } from "./generation";
import { CONFIGS, type Language } from "./tsquery";
import { addWords, documentWords, lockVocabulary, retractWords } from "./vocabulary";
import type { VocabularyTally } from "./vocabulary-tally";

type Db = Prisma.TransactionClient;

/** The text analysed in the document's language. */
const analysed = (text: string, language: Language) =>
  Prisma.sql`(${Prisma.join(CONFIGS[language].map((c) => Prisma.sql`to_tsvector(${Prisma.raw(`'${c}'`)}, ${text})`), " || ")})`;

/** setweight(analysed, weight): built by the application where it can (./analysis), else by the database. */
function vector(vectorOf: VectorOf, text: string, weight: Weight, language: Language): Prisma.Sql {
  const built = vectorOf(text, language, weight);
  return built === null ? Prisma.sql`setweight(${analysed(text, language)}, ${weight}::"char")` : Prisma.sql`${built}::tsvector`;
}

function labels(doc: SearchDocument): string {
  return [...doc.tags, ...doc.focusAreas.flatMap((f) => [f.nameEn, f.nameEs]), doc.organization?.name ?? ""].join(" \n ");
}

const middle = (doc: SearchDocument) => [doc.summary, doc.details, doc.credits].filter(Boolean).join("\n\n");

/** What snippets are cut from: plain text without the credits (names would run into the prose). */
const snippetSource = (doc: SearchDocument) => [doc.summary, doc.details, doc.bodyText].filter(Boolean).join("\n\n");

/** The text vector's weights, field by field in the order of fieldTexts (and of "fieldLengths"). */
const WEIGHTS = ["A", "B", "C", "D"] as const satisfies readonly Weight[];
const fieldTexts = (doc: SearchDocument) => [doc.title, labels(doc), middle(doc), doc.body];

/** A document's field texts and distinct words, built once for everything its entry needs. */
interface DocumentTexts {
  fields: string[];
  words: string[];
}

function documentTexts(doc: SearchDocument): DocumentTexts {
  const fields = fieldTexts(doc);
  // Counted here rather than with to_tsvector in SQL: on the embedded database that second
  // analysis pass took a third of the indexing time. Attachments count: they make a document match.
  return { fields, words: documentWords([...fields, ...doc.chunks.map((c) => c.text)]) };
}

/** The texts analysed for the documents, in their languages. */
const analysedTexts = (docs: SearchDocument[], texts: Map<string, DocumentTexts>) =>
  docs.flatMap((d) => [...texts.get(d.id)!.fields, ...d.chunks.map((c) => c.text)].map((text) => ({ text, language: d.language })));

function entryRow(doc: SearchDocument, vectorOf: VectorOf, { fields, words }: DocumentTexts): Prisma.Sql {
  const tsv = Prisma.join(fields.map((text, i) => vector(vectorOf, text, WEIGHTS[i]!, doc.language)), " || ");
  // BM25F's field lengths.
  const lengths = fields.map(countWords);
  return Prisma.sql`(
    ${doc.id}, ${doc.slug}, ${doc.title}, ${doc.type}::"DocumentType", ${doc.language}::"Language", ${doc.year}, to_timestamp(${doc.date}::float8 / 1000),
    ${doc.visibility}::"Visibility", ${doc.organizationId}, ${doc.contributorId},
    ${doc.embargoUntil === null ? null : new Date(doc.embargoUntil)}::timestamp,
    ${doc.focusAreas.map((f) => f.id)}::text[], ${doc.focusAreas.map((f) => f.slug)}::text[], ${doc.countries}::text[], ${doc.sectors}::text[],
    ${doc.tags}::text[], ${doc.organization?.slug ?? null}, ${JSON.stringify(doc.focusAreas)}::jsonb,
    ${snippetSource(doc)}, ${tsv}, ${words}::text[], ${lengths}::int[])`;
}

const entryColumns = Prisma.raw(
  `"documentId", "slug", "title", "type", "language", "year", "date", "visibility", "organizationId", "contributorId", "embargoUntil",
   "focusAreaIds", "focusAreaSlugs", "countries", "sectors", "tags", "organizationSlug", "focusAreas", "content", "tsv", "words", "fieldLengths"`,
);
const updateAll = Prisma.raw(
  ["slug", "title", "type", "language", "year", "date", "visibility", "organizationId", "contributorId", "embargoUntil", "focusAreaIds",
    "focusAreaSlugs", "countries", "sectors", "tags", "organizationSlug", "focusAreas", "content", "tsv", "words", "fieldLengths"].map((c) => `"${c}" = EXCLUDED."${c}"`).join(", "),
);

async function writeChunks(db: Db, docs: SearchDocument[], vectorOf: VectorOf): Promise<void> {
  const chunks = docs.flatMap((d) => d.chunks.map((c) => ({ ...c, documentId: d.id, language: d.language })));
  for (let i = 0; i < chunks.length; i += 200) {
    const rows = chunks.slice(i, i + 200).map(
      (c) => Prisma.sql`(gen_random_uuid()::text, ${c.documentId}, ${c.language}::"Language", ${c.attachmentId}, ${c.fileName}, ${c.page}, ${c.part}, ${c.text},
        ${vector(vectorOf, c.text, "D", c.language)}, ${countWords(c.text)})`,
    );
    await db.$executeRaw`INSERT INTO "SearchChunk" ("id", "documentId", "language", "attachmentId", "fileName", "page", "part", "text", "tsv", "length") VALUES ${Prisma.join(rows)}`;
  }
}

/**
 * Writes (or rewrites) entries; their words move from the old access classes' counts to the
 * new ones. `fresh`: the tables hold none of these documents (a rebuild's new tables, which
 * mark the index changed when they are swapped in), so there is nothing to take back or delete.
 * `analyser`: builds the text vectors in the application (without one the database does).
 * `tally`: a fresh write's words are counted there (and written by the rebuild at its end).
 */
export async function upsertEntries(
  db: Db,
  docs: SearchDocument[],
  { fresh = false, analyser, tally }: { fresh?: boolean; analyser?: DocumentAnalyser; tally?: VocabularyTally } = {},
): Promise<void> {
  if (docs.length === 0) return;
  const ids = docs.map((d) => d.id);
  await lockVocabulary(db);
  const texts = new Map(docs.map((d) => [d.id, documentTexts(d)]));
  const vectorOf = analyser ? await analyser.prepare(db, analysedTexts(docs, texts)) : () => null;
  if (!fresh) {
    await bumpIndexGeneration(db, ids);
    await retractWords(db, ids);
  }
  for (let i = 0; i < docs.length; i += 100) {
    const rows = docs.slice(i, i + 100).map((doc) => entryRow(doc, vectorOf, texts.get(doc.id)!));
    await db.$executeRaw`INSERT INTO "SearchEntry" (${entryColumns}) VALUES ${Prisma.join(rows)} ON CONFLICT ("documentId") DO UPDATE SET ${updateAll}`;
  }
  if (!fresh) await db.$executeRaw`DELETE FROM "SearchChunk" WHERE "documentId" = ANY(${ids}::text[])`;
  await writeChunks(db, docs, vectorOf);
  if (fresh && tally) await tally.add(db, new Map(docs.map((d) => [d.id, texts.get(d.id)!.words])));
  else await addWords(db, ids);
}

export async function removeEntries(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await lockVocabulary(db);
  await bumpIndexGeneration(db, ids);
  await retractWords(db, ids);
  await db.$executeRaw`DELETE FROM "SearchChunk" WHERE "documentId" = ANY(${ids}::text[])`;
  await db.$executeRaw`DELETE FROM "SearchEntry" WHERE "documentId" = ANY(${ids}::text[])`;
}
