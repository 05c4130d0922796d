// The memory index answers as the SQL it stands in for: on a generated bilingual collection
// (the benchmark's generator; restricted, members-only and embargoed documents, attachments),
// for a visitor and an organization member, with and without filters, and for words,
// misspellings, prefixes, synonyms, phrases and exclusions, the two give the same totals, the
// same facets, and the same documents with the same BM25F scores. Few enough documents match
// that the SQL's rescoring window holds every match, so both score all of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ORGS, generator } from "@/scripts/search/corpus";
import { newTag } from "@/lib/testing/accounts";
import { searchAccessFilter } from "../../access-filter";
import { removeTaggedEntries } from "../../testing/remove-tagged";
import type { SearchFilters, SearchRequest, SearchResult } from "../../types";
import { PostgresSearchEngine } from "../postgres-engine";

const tag = newTag("mx");
const sql = new PostgresSearchEngine(db, { memoryIndex: false });
const memory = new PostgresSearchEngine(db, { memoryIndex: true });
const gen = generator(7);

const viewers = {
  visitor: searchAccessFilter({ kind: "anonymous" }),
  member: searchAccessFilter({
    kind: "user", id: "bench-user-1", role: "MEMBER", verified: true, organizationIds: [ORGS[0]!.id], adminOrganizationIds: [], reviewerFocusAreaIds: [],
  }),
};

const queries = [
  ...Array.from({ length: 24 }, () => gen.query()),
  "coca", "cocaína", "seguridad fronteriza", "drug trafficking", "narcotráfico", "cultivaton", "interdicción", "investmen",
  '"public health"', '"salud pública" -inversión', "coca -cocaine", "security OR seguridad", "port", "ataque cibernético",
];

beforeAll(async () => {
  const docs = Array.from({ length: 90 }, (_, i) => {
    const doc = gen.doc(i);
    const chunks = i % 6 === 0 ? [{ attachmentId: `att-${i}`, fileName: `annex-${i}.pdf`, page: 1 + (i % 3), part: 0, text: gen.doc(1000 + i).summary }] : [];
    return { ...doc, id: `${tag}-${i}`, slug: `${tag}-${i}`, tags: [...doc.tags, tag], chunks };
  });
  await sql.upsert(docs);
  await memory.warm();
}, 120_000);
afterAll(() => removeTaggedEntries(db, sql, tag));

/**
 * Each hit's id and BM25F score, rounded beyond float noise. A document that matches only
 * through a word's continuations (the word as typed being indexed, they do not rank) has no
 * BM25F score: the memory index says 0, and the SQL, which ranks it after every scored one as
 * the memory index does, shows its first-pass weight instead. Those are compared as ids only.
 */
function scored(result: SearchResult, unscored: Set<string>) {
  return new Map(result.hits.map((h) => [h.id, unscored.has(h.id) ? "unscored" : Math.round(h.score * 1e6) / 1e6]));
}

describe("the memory index against SQL", () => {
  const filterSets: SearchFilters[] = [{ tag: [tag] }, { tag: [tag], language: ["es"], type: ["REPORT", "RESEARCH"] }];
  for (const [name, access] of Object.entries(viewers)) {
    it(`answers a ${name} alike, query by query`, async () => {
      let compared = 0;
      for (const q of queries) {
        for (const filters of filterSets) {
          const request: SearchRequest = { q, filters, sort: "relevance", page: 1, pageSize: 100 };
          const [a, b] = [await sql.search(request, access), await memory.search(request, access)];
          const label = `${q} ${JSON.stringify(filters)}`;
          expect(b.total, label).toBe(a.total);
          expect(b.facets, label).toEqual(a.facets);
          expect(b.correctedQuery, label).toBe(a.correctedQuery);
          const unscored = new Set(b.hits.filter((h) => h.score === 0).map((h) => h.id));
          expect(scored(b, unscored), label).toEqual(scored(a, unscored));
          compared += a.total;
        }
      }
      // The comparison means something: the queries found documents.
      expect(compared).toBeGreaterThan(200);
    });
  }

  it("orders newest first alike, with and without a query", async () => {
    for (const q of ["", "coca"]) {
      const request: SearchRequest = { q, filters: { tag: [tag] }, sort: "newest", page: 2, pageSize: 10 };
      const [a, b] = [await sql.search(request, viewers.member), await memory.search(request, viewers.member)];
      expect(b.hits.map((h) => h.id), q).toEqual(a.hits.map((h) => h.id));
      expect(b.total).toBe(a.total);
    }
  });
});
