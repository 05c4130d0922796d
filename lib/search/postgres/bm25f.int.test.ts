// BM25F in the built-in engine, on the real database: each field's word counts are normalized by
// its length, repeated words saturate, the title outweighs the body, attachments count at half,
// and results past the rescored window keep coming, once each, in a stable order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newTag } from "@/lib/testing/accounts";
import { searchAccessFilter } from "../access-filter";
import type { SearchDocument } from "../types";
import { removeTaggedEntries } from "../testing/remove-tagged";
import { PostgresSearchEngine } from "./postgres-engine";
import { RESCORE_WINDOW } from "./ranking";

const tag = newTag("bm");
const engine = new PostgresSearchEngine(db);
const access = searchAccessFilter({ kind: "anonymous" });
/** Words no other test writes. */
const WORD = "quorvantel";
const COMMON = "trelmidox";
const filler = (n: number) => Array.from({ length: n }, (_, i) => `harbor${i % 37} inspection`).join(" ");

function doc(key: string, fields: Partial<SearchDocument>): SearchDocument {
  return {
    id: `${tag}-${key}`, slug: `${tag}-${key}`, title: `${key} notes`, summary: "", body: "", bodyText: "", details: "", credits: "",
    tags: [tag], focusAreas: [], organization: null, countries: [], sectors: [], type: "RESEARCH", language: "en", year: 2024,
    date: Date.UTC(2024, 0, 1), visibility: "PUBLIC", organizationId: null, contributorId: null, embargoUntil: null, chunks: [], ...fields,
  };
}

const scores = async (q: string) =>
  new Map((await engine.search({ q, filters: { tag: [tag] }, sort: "relevance", page: 1, pageSize: 50, verbatim: true }, access)).hits.map((h) => [h.id.replace(`${tag}-`, ""), h.score]));

beforeAll(async () => {
  const many = Array.from({ length: RESCORE_WINDOW + 30 }, (_, i) => doc(`many${i}`, { body: `${COMMON} ${filler(i % 40)}` }));
  await engine.upsert([
    doc("short", { body: `${WORD} ${filler(5)}` }),
    doc("long", { body: `${WORD} ${filler(300)}` }),
    doc("twice", { body: `${WORD} ${WORD} ${filler(5)}` }),
    doc("often", { body: `${Array(20).fill(WORD).join(" ")} ${filler(5)}` }),
    doc("titled", { title: `${WORD} report`, body: filler(6) }),
    doc("attached", { body: filler(6), chunks: [{ attachmentId: `${tag}-file`, fileName: "annex.pdf", page: 1, part: 0, text: `${WORD} ${filler(5)}` }] }),
    ...many,
  ]);
}, 120_000);
afterAll(() => removeTaggedEntries(db, engine, tag));

describe("BM25F", () => {
  it("keeps each field's length in words", async () => {
    const [entry] = await db.$queryRaw<{ lengths: number[] }[]>`SELECT "fieldLengths" AS lengths FROM "SearchEntry" WHERE "documentId" = ${`${tag}-short`}`;
    // Title "short notes"; labels: the tag; no summary; the word and five "harborN inspection".
    expect(entry!.lengths).toEqual([2, tag.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length, 0, 11]);
  });

  it("normalizes a field's counts by its length: the same word in a shorter body scores higher", async () => {
    const s = await scores(WORD);
    expect(s.get("short")!).toBeGreaterThan(s.get("long")!);
  });

  it("saturates repeated words: each occurrence adds less, and twenty do not make twenty times the score", async () => {
    const s = await scores(WORD);
    const [one, two, twenty] = [s.get("short")!, s.get("twice")!, s.get("often")!];
    expect(two).toBeGreaterThan(one);
    expect(twenty).toBeGreaterThan(two);
    expect(two - one).toBeGreaterThan((twenty - two) / 18);
    expect(twenty / one).toBeLessThan(3);
  });

  it("weighs the title above the body, and an attachment at half the body", async () => {
    const s = await scores(WORD);
    expect(s.get("titled")!).toBeGreaterThan(s.get("short")!);
    expect(s.get("attached")!).toBeGreaterThan(0);
    expect(s.get("attached")!).toBeLessThan(s.get("short")!);
  });

  it("pages past the rescored window with every match once, in the same order on every request", async () => {
    const size = 20;
    const page = async (n: number) =>
      (await engine.search({ q: COMMON, filters: { tag: [tag] }, sort: "relevance", page: n, pageSize: size, verbatim: true }, access)).hits.map((h) => h.id);
    const count = Math.ceil((RESCORE_WINDOW + 30) / size);
    const pages = await Promise.all(Array.from({ length: count }, (_, i) => page(i + 1)));
    const ids = pages.flat();
    expect(ids).toHaveLength(RESCORE_WINDOW + 30);
    expect(new Set(ids).size).toBe(ids.length);
    // The last page lies past the window; asked again, it is the same.
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
    expect(await page(count)).toEqual(pages.at(-1));
    // Inside the window the shortest bodies come first (BM25F); past it, the first pass's order.
    const first = await scores(COMMON);
    expect([...first.keys()][0]).toBe("many0");
  });
});
