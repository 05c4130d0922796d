// The index's vocabulary for "did you mean" (corrections.ts), kept per access class: each
// folded whole word with how many indexed documents of one class hold it ("SearchWord"). A
// class is the values of the columns the permission filter reads, stored under the same names
// as on "SearchEntry", so the viewer's filter (filter-sql.ts) applies to the vocabulary as it
// is: a word that only unreadable documents hold is, for that viewer, a word that occurs
// nowhere. "SearchTerm" lists the words once each, whoever may read them: near words are
// looked for there (a trigram scan over distinct words, not over every class's copy), and
// each one found is then counted in "SearchWord" under the viewer's filter. Every entry keeps
// its own words ("SearchEntry".words); re-indexing or removing a document takes exactly those
// back, in the transaction that writes the index.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentLeaf } from "@/lib/policies/access-condition";
import { searchAccessFilter } from "../access-filter";
import type { FilterValues } from "../filter";
import { foldWord } from "../query-parser";
import { forEachWord } from "../word-runs";
import { filterSql } from "./filter-sql";

type Db = Prisma.TransactionClient;

/** The document fields the access rules test, less those decided when indexing (only published, current versions are indexed). */
type AccessField = Exclude<DocumentLeaf["field"], "status" | "pendingState">;
const accessColumns = ["visibility", "organizationId", "contributorId", "embargoUntil", "focusAreaIds"] as const satisfies readonly AccessField[];
// Fails to compile when a rule starts testing a field the vocabulary does not keep.
const everyAccessField: Exclude<AccessField, (typeof accessColumns)[number]> extends never ? true : never = true;
void everyAccessField;

/**
 * The class of documents a visitor may read, whatever their organization or contributor: one
 * class for all of them keeps the table near the size of the public vocabulary. Every viewer
 * may read what a visitor may (vocabulary.test.ts checks it on the access matrix).
 */
export const everyoneClass = { visibility: "PUBLIC", organizationId: null, contributorId: null, embargoUntil: null, focusAreaIds: [] } satisfies FilterValues;
const everyoneSql: Record<(typeof accessColumns)[number], Prisma.Sql> = {
  visibility: Prisma.sql`${everyoneClass.visibility}::"Visibility"`,
  organizationId: Prisma.sql`NULL::text`,
  contributorId: Prisma.sql`NULL::text`,
  embargoUntil: Prisma.sql`NULL::timestamp(3)`,
  focusAreaIds: Prisma.sql`'{}'::text[]`,
};

/**
 * The class of each entry: a visitor's class when a visitor may read the entry for good (no
 * embargo, so the answer cannot change with time and the words are taken back from the class
 * they were added to), else the entry's own access values.
 */
function classedEntries(documentIds: string[]): Prisma.Sql {
  const forEveryone = Prisma.sql`(e."embargoUntil" IS NULL AND ${filterSql(searchAccessFilter({ kind: "anonymous" }))})`;
  const columns = accessColumns.map((c) => Prisma.sql`CASE WHEN ${forEveryone} THEN ${everyoneSql[c]} ELSE e.${Prisma.raw(`"${c}"`)} END AS ${Prisma.raw(`"${c}"`)}`);
  return Prisma.sql`(SELECT e."documentId", e.words, ${Prisma.join(columns)} FROM "SearchEntry" e WHERE e."documentId" = ANY(${documentIds}::text[])) c`;
}

/** The access columns as a list, each name qualified by `table` when given. */
const accessColumnList = (table?: string) => Prisma.raw(accessColumns.map((c) => (table ? `${table}."${c}"` : `"${c}"`)).join(", "));
const classColumns = accessColumnList("c");
/** One key per class (epoch seconds: a timestamp's text form depends on DateStyle). */
const classKey = Prisma.raw(
  `md5(row(${accessColumns.map((c) => (c === "embargoUntil" ? `extract(epoch FROM c."${c}")` : `c."${c}"`)).join(", ")})::text)::uuid`,
);

/** Each word of the entries with its entry's class. */
const classedWords = (documentIds: string[]) =>
  Prisma.sql`(SELECT t.term, ${classColumns} FROM ${classedEntries(documentIds)} CROSS JOIN LATERAL unnest(c.words) AS t(term)) c`;

/** Distinct folded words of a document's texts (3 to 40 characters, not only digits), as query words are folded. */
export function documentWords(texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    forEachWord(foldWord(text), (word) => {
      if (word.length >= 3 && word.length <= 40 && !/^[0-9]+$/.test(word)) words.add(word);
    });
  }
  return [...words];
}

/**
 * Serializes vocabulary writes: two transactions indexing the same document could otherwise
 * both read its old words (and take them back twice) or both add its new ones.
 */
export async function lockVocabulary(db: Db): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('puente:SearchWord', 0))`;
}

/**
 * Takes the indexed entries' words back from the counts (before the entries change or go);
 * a word no class holds any more leaves the word list.
 */
export async function retractWords(db: Db, documentIds: string[]): Promise<void> {
  await db.$executeRaw`
    MERGE INTO "SearchWord" w
    USING (SELECT c.term, ${classKey} AS "accessKey", count(*)::int AS n FROM ${classedWords(documentIds)} GROUP BY 1, 2) o
    ON w.term = o.term AND w."accessKey" = o."accessKey"
    WHEN MATCHED AND w.documents <= o.n THEN DELETE
    WHEN MATCHED THEN UPDATE SET documents = w.documents - o.n`;
  await db.$executeRaw`
    DELETE FROM "SearchTerm" t
    WHERE t.term IN (SELECT unnest(e.words) FROM "SearchEntry" e WHERE e."documentId" = ANY(${documentIds}::text[]))
      AND NOT EXISTS (SELECT 1 FROM "SearchWord" w WHERE w.term = t.term)`;
}

/** Each entry's class, as the key its words are counted under. */
export async function entryClasses(db: Db, documentIds: string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ documentId: string; key: string }[]>`SELECT c."documentId", ${classKey}::text AS key FROM ${classedEntries(documentIds)}`;
  return new Map(rows.map((r) => [r.documentId, r.key]));
}

/** Words counted in one class: the class is an entry's, given by the entry's id. */
export interface ClassCountRows {
  entries: string[];
  terms: string[];
  counts: number[];
}

/**
 * Writes counts into an empty vocabulary (a rebuild's). Each row's class columns are read from
 * an entry of that class, so they are exactly what addWords would have stored.
 */
export async function writeClassCounts(db: Db, rows: ClassCountRows): Promise<void> {
  // Each class's columns and key once (materialized), not once per row: at 10,000 documents the
  // vocabulary's write took 8.0-8.7 s instead of 11.5-12.0 s.
  await db.$executeRaw`
    WITH k AS MATERIALIZED (SELECT c."documentId", ${classKey} AS "accessKey", ${classColumns} FROM ${classedEntries([...new Set(rows.entries)])})
    INSERT INTO "SearchWord" ("term", "accessKey", ${accessColumnList()}, "documents")
    SELECT u.term, k."accessKey", ${accessColumnList("k")}, u.n
    FROM unnest(${rows.entries}::text[], ${rows.terms}::text[], ${rows.counts}::int[]) AS u(entry, term, n)
    JOIN k ON k."documentId" = u.entry`;
}

/** Adds words to an empty word list (a rebuild's). */
export async function writeTerms(db: Db, terms: string[]): Promise<void> {
  await db.$executeRaw`INSERT INTO "SearchTerm" ("term") SELECT unnest(${terms}::text[])`;
}

/** Adds the (just written) entries' words to the counts of their classes, and to the word list. */
export async function addWords(db: Db, documentIds: string[]): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "SearchWord" ("term", "accessKey", ${accessColumnList()}, "documents")
    SELECT c.term, ${classKey}, ${classColumns}, count(*)::int
    FROM ${classedWords(documentIds)}
    GROUP BY c.term, ${classColumns}
    ON CONFLICT ("term", "accessKey") DO UPDATE SET "documents" = "SearchWord"."documents" + EXCLUDED."documents"`;
  await db.$executeRaw`
    INSERT INTO "SearchTerm" ("term")
    SELECT DISTINCT unnest(e.words) FROM "SearchEntry" e WHERE e."documentId" = ANY(${documentIds}::text[])
    ON CONFLICT DO NOTHING`;
}
