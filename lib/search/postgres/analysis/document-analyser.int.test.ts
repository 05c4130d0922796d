// The vectors the application builds are PostgreSQL's own, on the PostgreSQL server the tests
// use and on the embedded database (another major version, built for WebAssembly): text by
// text, and through the indexer and a rebuild (the same index tables, the same vocabulary).
import { describe, expect, it } from "vitest";
import { db as serverDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { markdownToText } from "@/lib/markdown/markdown-text";
import { documents as seedDocuments } from "@/prisma/seed/data";
import { embeddedDatabaseForTests } from "@/lib/testing/embedded-database";
import { generator } from "@/scripts/search/corpus";
import type { SearchDocument } from "../../types";
import { PostgresSearchEngine } from "../postgres-engine";
import { CONFIGS, type Language } from "../tsquery";
import { DocumentAnalyser, type Weight } from "./document-analyser";

const embedded = embeddedDatabaseForTests();

const corpus = generator(7);

/** Texts of every kind the index meets: the seed's Markdown and plain text, generated prose, and the parser's limits. */
function sampleTexts(): { text: string; language: Language }[] {
  const texts = seedDocuments.flatMap((d) =>
    [d.title, d.summary, d.body, markdownToText(d.body), d.authorNames.join(", ")].map((text) => ({ text, language: d.language })),
  );
  for (let i = 0; i < 40; i++) {
    const d = corpus.doc(i);
    texts.push({ text: d.title, language: d.language }, { text: d.body, language: d.language });
  }
  const limits = [
    Array.from({ length: 300 }, () => "cooperation").join(" "),
    `${Array.from({ length: 16_400 }, (_, i) => ["the", "border", "de", "frontera"][i % 4]).join(" ")} ending ending`,
    "it's a quote ' and a backslash-free text; ÀÉÎÕÜ àéîõü ñÑ ç ß ÿ Ÿ œ Œ ſ ı",
    "",
  ];
  for (const text of limits) texts.push({ text, language: "en" }, { text, language: "es" });
  return texts;
}

/** Short random texts of the characters around the tokenizer's rules (seeded: the same every run). */
function randomTexts(count: number): { text: string; language: Language }[] {
  const pieces = ["ab", "éB", "Ñ", "ſ", "12", "0", "3.5", ".5", "5.", " ", " ", "\n", ..."\t,;:!?()[]\"'%*|#«»¿¡“”‘’…—–.-", "..", "--", "a-b", "-é", "x", "ÿ", "/", "@", "_", "~", "+"];
  let seed = 20261207;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: count }, (_, i) => {
    let text = "";
    for (let n = 1 + Math.floor(next() * 10); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
    return { text, language: i % 2 === 0 ? "en" : "es" };
  });
}

async function expectDatabaseVectors(db: Database, texts: { text: string; language: Language }[], share: number): Promise<void> {
  const weights: Weight[] = ["A", "B", "C", "D"];
  let built = 0;
  await db.$transaction(
    async (tx) => {
      const vectorOf = await new DocumentAnalyser().prepare(tx, texts);
      for (const [i, { text, language }] of texts.entries()) {
        const weight = weights[i % 4]!;
        const here = vectorOf(text, language, weight);
        if (here === null) continue;
        built++;
        const [first, second] = CONFIGS[language] as [string, string];
        const rows = await tx.$queryRaw<{ database: string; here: string }[]>`
          SELECT setweight(to_tsvector(${first}::regconfig, ${text}) || to_tsvector(${second}::regconfig, ${text}), ${weight}::"char")::text AS database,
                 ${here}::tsvector::text AS here`;
        expect(rows[0]!.here, `${language}: ${text.slice(0, 80)}`).toBe(rows[0]!.database);
      }
    },
    { timeout: 120_000 },
  );
  // So that the test cannot pass by leaving every text to the database.
  expect(built).toBeGreaterThan(texts.length * share);
}

describe("vectors built in the application", () => {
  // Most real texts are analysed here (the rest, with links, paths or other scripts, by the database).
  it("are the PostgreSQL server's, text by text", async () => {
    await expectDatabaseVectors(serverDb, sampleTexts(), 0.6);
    await expectDatabaseVectors(serverDb, randomTexts(3000), 0.3);
  }, 120_000);

  it("are the embedded database's, text by text", async () => {
    await expectDatabaseVectors(embedded(), sampleTexts(), 0.6);
    await expectDatabaseVectors(embedded(), randomTexts(3000), 0.3);
  }, 120_000);
});

function searchDocuments(): SearchDocument[] {
  const visibilities = ["PUBLIC", "MEMBERS", "ORGANIZATION"] as const;
  return seedDocuments.slice(0, 24).map((d, i) => ({
    id: `an-${i}`, slug: `an-${i}`, title: d.title, summary: d.summary, details: "", credits: d.authorNames.join(", "), body: d.body,
    bodyText: markdownToText(d.body), tags: d.tags, focusAreas: [], organizationId: `org-${i % 3}`, organization: null,
    contributorId: `user-${i % 4}`, countries: d.countries, sectors: d.sectors, type: "RESEARCH", language: d.language, year: 2024,
    date: i, visibility: visibilities[i % 3]!, embargoUntil: i % 5 === 0 ? Date.UTC(2030, 0, 1) : null,
    chunks: i % 6 === 0 ? [{ attachmentId: `att-${i}`, fileName: "annex.pdf", page: 1, part: 0, text: markdownToText(d.body).slice(0, 800) }] : [],
  }));
}

/** The index as stored: vectors, lengths and the vocabulary, in a stable order. */
async function indexSnapshot(db: Database) {
  const entries = await db.$queryRaw`SELECT "documentId", tsv::text AS tsv, words, "fieldLengths" FROM "SearchEntry" ORDER BY 1`;
  const chunks = await db.$queryRaw`SELECT "documentId", tsv::text AS tsv, length FROM "SearchChunk" ORDER BY 1, 2`;
  const words = await db.$queryRaw`SELECT term, "accessKey"::text, visibility::text, "organizationId", "contributorId", "embargoUntil", "focusAreaIds", documents FROM "SearchWord" ORDER BY 1, 2`;
  const terms = await db.$queryRaw`SELECT term FROM "SearchTerm" ORDER BY 1`;
  return { entries, chunks, words, terms };
}

describe("indexing with the application's analysis", () => {
  it("writes the index the database's analysis writes, one write at a time and in a rebuild", async () => {
    const docs = searchDocuments();
    const byDatabase = new PostgresSearchEngine(embedded(), { memoryIndex: false, analysis: "database" });
    const byApplication = new PostgresSearchEngine(embedded(), { memoryIndex: false, analysis: "application" });

    for (const doc of docs) await byDatabase.upsert([doc]);
    const expected = await indexSnapshot(embedded());
    expect((expected.words as unknown[]).length).toBeGreaterThan(100);

    await byApplication.rebuild((async function* () {
      yield docs.slice(0, 10);
      yield docs.slice(10);
    })());
    expect(await indexSnapshot(embedded())).toEqual(expected);

    await byApplication.remove(docs.map((d) => d.id));
    for (const doc of docs) await byApplication.upsert([doc]);
    expect(await indexSnapshot(embedded())).toEqual(expected);
  }, 180_000);
});
