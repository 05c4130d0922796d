// "Did you mean" and its vocabulary against a real PostgreSQL server, on a database of its own:
// a word that only documents the viewer cannot read hold (organization-only, members-only,
// under embargo) is answered exactly as before those documents existed, while a viewer who may
// read them gets their words; readable words of either language are never "corrected"; and the
// per-class counts follow every re-index, visibility change and removal.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "@/lib/db/client";
import type { Viewer } from "@/lib/policies/viewer";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { searchAccessFilter } from "../access-filter";
import type { SearchDocument, SearchResult } from "../types";
import { PostgresSearchEngine } from "./postgres-engine";

let database: TestDatabase;
let db: Database;
let engine: PostgresSearchEngine;
const now = Date.now();

const anonymous: Viewer = { kind: "anonymous" };
const memberOfA: Viewer = {
  kind: "user", id: "member-a", role: "MEMBER", verified: true, organizationIds: ["org-a"], adminOrganizationIds: [], reviewerFocusAreaIds: [],
};

let counter = 0;
function doc(body: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  const n = ++counter;
  return {
    id: `doc-${n}`, slug: `doc-${n}`, title: `Field note ${n}`, summary: "", body, details: "", tags: [], focusAreas: [], organization: null,
    countries: [], sectors: [], type: "REPORT", language: "en", year: 2024, date: now - n, visibility: "PUBLIC", organizationId: "org-a",
    contributorId: "author-a", embargoUntil: null, chunks: [], ...extra, bodyText: extra.bodyText ?? body, credits: extra.credits ?? "",
  };
}

const search = (viewer: Viewer, q: string): Promise<SearchResult> =>
  engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 20 }, searchAccessFilter(viewer, now));
const answers = async (viewer: Viewer, queries: string[]) => Promise.all(queries.map((q) => search(viewer, q)));

/**
 * The counts against a recount from every entry's words, per word and visibility (documents a
 * visitor may read share one class, whatever their organization or contributor).
 */
async function vocabularyDrift(): Promise<unknown[]> {
  return db.$queryRaw`
    WITH recount AS (
      SELECT t.term, e.visibility::text, count(*)::int AS documents
      FROM "SearchEntry" e CROSS JOIN LATERAL unnest(e.words) AS t(term) GROUP BY 1, 2),
    stored AS (SELECT term, visibility::text, sum(documents)::int AS documents FROM "SearchWord" GROUP BY 1, 2)
    (SELECT 'missing' AS drift, * FROM (SELECT * FROM recount EXCEPT SELECT * FROM stored) m)
    UNION ALL (SELECT 'extra', * FROM (SELECT * FROM stored EXCEPT SELECT * FROM recount) x)`;
}

const rows = (term: string) =>
  db.$queryRaw<{ visibility: string; documents: number }[]>`SELECT visibility::text, documents FROM "SearchWord" WHERE term = ${term} ORDER BY 1, 2`;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient(database.url, { max: 2 });
  engine = new PostgresSearchEngine(db);
}, 120_000);
afterEach(async () => {
  expect(await vocabularyDrift()).toEqual([]);
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("a word only unreadable documents hold", () => {
  // "brisquelmanda" is readable; "brisquelmaño" (and "zyxquorin") only in the restricted
  // document. "brisquelmanu" is a typo nearer to the hidden word than to the readable one.
  const queries = ["brisquelmaño", "brisquelmano", "brisquelmanu", "zyxquorin", "zyxquorim", "brisquelmanu zyxquorim", "qwpfjzvbnk"];
  const restricted: [string, Partial<SearchDocument>][] = [
    ["organization-only", { visibility: "ORGANIZATION" }],
    ["members-only", { visibility: "MEMBERS" }],
    ["under embargo", { embargoUntil: now + 86_400_000 }],
  ];
  beforeAll(async () => {
    await engine.upsert([doc("Harbor survey of the Brisquelmanda estuary.")]);
  });

  for (const [label, access] of restricted) {
    it(`(${label}) changes nothing for a visitor: same suggestion, totals, facets and results as a word that occurs nowhere`, async () => {
      const before = await answers(anonymous, queries);
      expect(before[2]!.correctedQuery).toBe("brisquelmanda");
      const hidden = doc("Brisquelmaño crossing and the zyxquorin ledger.", access);
      await engine.upsert([hidden]);
      expect(await answers(anonymous, queries)).toEqual(before);

      const member = await search(memberOfA, "brisquelmanu");
      expect(member.correctedQuery).toBe("brisquelmano");
      expect(member.hits.map((h) => h.id)).toContain(hidden.id);
      expect((await search(memberOfA, "brisquelmaño")).correctedQuery).toBeNull();

      // Gone from the index, gone from the vocabulary: the member is answered as the visitor is.
      await engine.remove([hidden.id]);
      expect(await answers(anonymous, queries)).toEqual(before);
      expect((await search(memberOfA, "brisquelmanu")).correctedQuery).toBe("brisquelmanda");
    });
  }
});

describe("what counts as a known word", () => {
  it("checks the readable vocabulary in whole words, not stems: a visitor is not offered a members-only word", async () => {
    await engine.upsert([doc("Customs found misprice invoices at the border."), doc("Invoice fraud among small firms.", { visibility: "MEMBERS" })]);
    expect((await search(anonymous, "voice")).correctedQuery).toBeNull();
    expect((await search(memberOfA, "voice")).correctedQuery).toBe("invoice");
  });

  it("does not correct a word that finds readable documents through the stems of their language", async () => {
    // Only "routes" is in a readable text; "routing", typed correctly, finds it by its stem.
    const note = doc("Heroin and cocaine routes.");
    await engine.upsert([note]);
    expect((await search(anonymous, "routing")).correctedQuery).toBeNull();
    expect((await search(anonymous, "routing")).total).toBeGreaterThan(0);
    // An English document is not analysed in Spanish: the Spanish word is a near miss of its English one.
    expect((await search(anonymous, "cocaína")).correctedQuery).toBe("cocaine");
    expect((await search(anonymous, "cocaína")).total).toBeGreaterThan(0);
    await engine.remove([note.id]);
  });

  it("never corrects a readable word of either language, accents or not", async () => {
    const notes = [doc("Incautaciones de cocaína en el Pacífico.", { language: "es" }), doc("Cocaine seizures at sea.")];
    await engine.upsert(notes);
    for (const q of ["cocaína", "cocaina", "Cocaína", "pacifico"]) expect((await search(anonymous, q)).correctedQuery, q).toBeNull();
    // A real typo still is one (the two words are as near and as common: either will do).
    expect((await search(anonymous, "cocaime")).correctedQuery).toMatch(/^cocain[ae]$/);
    await engine.remove(notes.map((n) => n.id));
  });

  it("knows the words of attachments", async () => {
    const chunk = { attachmentId: "att-1", fileName: "informe.pdf", page: 3, part: 0, text: "Rutas de la marihuana hidropónica." };
    await engine.upsert([doc("Annex only.", { chunks: [chunk] }), doc("Hydroponic marijuana grow houses.", { visibility: "MEMBERS" })]);
    expect((await search(anonymous, "hidropónica")).correctedQuery).toBeNull();
    expect((await search(anonymous, "hidroponica")).hits.map((h) => h.title)).toHaveLength(1);
  });
});

describe("the vocabulary's counts", () => {
  it("follow re-indexing, visibility changes and removals", async () => {
    const a = doc("Quintafolio harbors.");
    const b = doc("Quintafolio rivers.");
    await engine.upsert([a, b]);
    expect(await rows("quintafolio")).toEqual([{ visibility: "PUBLIC", documents: 2 }]);
    await engine.upsert([b]);
    expect(await rows("quintafolio")).toEqual([{ visibility: "PUBLIC", documents: 2 }]);
    await engine.upsert([{ ...b, visibility: "ORGANIZATION" }]);
    expect(await rows("quintafolio")).toEqual([{ visibility: "ORGANIZATION", documents: 1 }, { visibility: "PUBLIC", documents: 1 }]);
    await engine.upsert([{ ...a, body: "Other harbors." }]);
    expect(await rows("quintafolio")).toEqual([{ visibility: "ORGANIZATION", documents: 1 }]);
    expect(await rows("harbors")).toEqual([{ visibility: "PUBLIC", documents: 1 }]);
    await engine.remove([a.id, b.id]);
    expect(await rows("quintafolio")).toEqual([]);
    expect(await rows("harbors")).toEqual([]);
  });

  it("are rebuilt with the index", async () => {
    await engine.rebuild(
      (async function* () {
        yield [doc("Rebuilt quintafolio."), doc("Rebuilt quintafolio.", { visibility: "MEMBERS" })];
      })(),
    );
    expect(await rows("quintafolio")).toEqual([{ visibility: "MEMBERS", documents: 1 }, { visibility: "PUBLIC", documents: 1 }]);
    expect(await rows("brisquelmanda")).toEqual([]);
  });
});
