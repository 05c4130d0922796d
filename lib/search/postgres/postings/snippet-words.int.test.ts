// The memory index's snippets slice out only the words that start as one of the query's words
// does (./snippet-words.ts WordStarts), on the grounds that the analysis (unaccent, then the
// English, Spanish or simple dictionary) never changes a word's first two letters. Checked here
// against PostgreSQL itself, on the server the tests use and on the embedded database (another
// major version, with its own Snowball stemmers): every word of the seed, of generated
// documents and of a list of the stemmers' exceptions is let through by each of its lexemes.
import { describe, expect, it } from "vitest";
import { db as serverDb } from "@/lib/db";
import { markdownToText } from "@/lib/markdown/markdown-text";
import { documents as seedDocuments } from "@/prisma/seed/data";
import { generator } from "@/scripts/search/corpus";
import { embeddedDatabaseForTests } from "@/lib/testing/embedded-database";
import { scanText, wordStarts } from "./snippet-words";

const embeddedDb = embeddedDatabaseForTests();

/** Words the English and Spanish stemmers treat as exceptions, and letters unaccent turns into two. */
const EXCEPTIONS = [
  "skies", "dying", "lying", "tying", "idly", "gently", "ugly", "early", "only", "singly", "news", "howe", "atlas", "cosmos", "bias",
  "andes", "generously", "communism", "arsenal", "yes", "Yielding", "ÁCIDO", "Ñandú", "über", "niños", "Cæsar", "Œuvre", "straße",
  "ßa", "ſtar", "Ærø", "x", "Y", "é", "2024", "covid19", "3d",
];

function words(): string[] {
  const corpus = generator(11);
  const texts = seedDocuments.flatMap((d) => [d.title, d.summary, markdownToText(d.body)]);
  for (let i = 0; i < 200; i++) texts.push(corpus.doc(i).body);
  const all = new Set(EXCEPTIONS);
  for (const text of texts) for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) all.add(word);
  return [...all];
}

describe.each([
  ["the PostgreSQL server", () => serverDb],
  ["the embedded database", embeddedDb],
])("on %s", (_, db) => {
  it("lets every word through by each lexeme the analysis makes of it", async () => {
    const list = words();
    expect(list.length).toBeGreaterThan(3_000);
    const rows = await db().$queryRaw<{ word: string; lexeme: string }[]>`
      SELECT w AS word, l AS lexeme FROM unnest(${list}::text[]) w,
        LATERAL (SELECT unnest(tsvector_to_array(to_tsvector(c::regconfig, w))) AS l FROM unnest(ARRAY['puente_en', 'puente_es', 'puente_simple']) c) x`;
    expect(rows.length).toBeGreaterThan(list.length);
    const missed = rows.filter(({ word, lexeme }) => scanText(word, wordStarts([lexeme])).words[0] === undefined);
    expect(missed).toEqual([]);
  }, 120_000);
});
