// The built-in search engine against the real database, fed through the outbox like the app:
// language analysis, synonyms, typos, phrases, exclusions, attachments, facets, and above all
// that results, totals, facets, snippets and suggestions only come from readable documents.
// The same suite runs on SQL alone (postgres-engine.int.test.ts) and on the memory index
// (postings/memory-engine.int.test.ts): the two must answer alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDocument, saveDocument } from "@/lib/dal/document-editing";
import { updateOrganization } from "@/lib/dal/organization-admin";
import { archiveDocument, decideReview, submitDocument, unpublishDocument } from "@/lib/dal/document-workflow";
import type { Viewer } from "@/lib/policies/viewer";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { searchAccessFilter } from "../access-filter";
import { enqueueSearchSync } from "../outbox";
import { reindexAll } from "../reindex";
import { drainOutbox } from "../sync";
import type { SearchRequest } from "../types";
import { PostgresSearchEngine } from "./postgres-engine";
import { removeTaggedEntries } from "../testing/remove-tagged";

/** `memoryIndex`: whether the engine searches its memory index (loaded before the tests) or SQL alone. */
export function postgresEngineSuite({ memoryIndex }: { memoryIndex: boolean }) {
  const tag = newTag(memoryIndex ? "sm" : "se");
  const engine = new PostgresSearchEngine(db, { memoryIndex });
  let w: ContributionWorld;
  const anonymous: Viewer = { kind: "anonymous" };
  const ids: Record<string, string> = {};

  async function publish(key: string, overrides: Record<string, unknown>) {
    const doc = await createDocument(w.author, completeInput(w, { title: `${tag} ${key}`, tags: [tag], ...overrides }));
    await submitDocument(w.author, doc.id);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
    ids[key] = doc.id;
  }

  const search = (viewer: Viewer, q: string, extra: Partial<SearchRequest> = {}) =>
    engine.search({ q, filters: { tag: [tag] }, sort: "relevance", page: 1, pageSize: 20, ...extra }, searchAccessFilter(viewer));
  const found = async (viewer: Viewer, q: string, extra: Partial<SearchRequest> = {}) => (await search(viewer, q, extra)).hits.map((h) => h.title.replace(`${tag} `, "")).sort();

  beforeAll(async () => {
    w = await createContributionWorld(db, tag);
    await publish("Educación rural", { body: "Las políticas de educación rural cambiaron la región.", language: "es" });
    await publish("Port controls", { body: "Drug trafficking through container ports declined after joint controls." });
    await publish("Members only", { body: "Confidential crop substitution outcomes.", visibility: "MEMBERS" });
    await publish("Org only", { body: "Crop substitution outcomes for the organization.", visibility: "ORGANIZATION" });
    await publish("Withdrawn", { body: "Crop substitution outcomes, withdrawn later." });
    await unpublishDocument(w.admin, ids.Withdrawn!);
    await drainOutbox(db, engine);
    // Loaded once here; from then on every search brings it up to date with the index's changes.
    await engine.warm();
  }, 120_000);
  afterAll(async () => {
    await removeTaggedEntries(db, engine, tag);
    await deleteContributionWorld(db, tag);
  });

  describe("the postgres search engine", () => {
    it("indexes published documents through the outbox and removes unpublished ones", async () => {
      expect(await found(w.admin, "")).toEqual(["Educación rural", "Members only", "Org only", "Port controls"]);
    });

    it("gives each hit its tags (result cards link them to the search by tag)", async () => {
      const { hits } = await search(anonymous, "educacion");
      expect(hits.map((h) => h.tags)).toEqual([[tag]]);
    });

    it("folds accents and stems both languages", async () => {
      expect(await found(anonymous, "educacion")).toEqual(["Educación rural"]);
      expect(await found(anonymous, "politicas")).toEqual(["Educación rural"]);
    });

    it("finds synonyms across languages", async () => {
      expect(await found(anonymous, "narcotráfico")).toEqual(["Port controls"]);
    });

    it("corrects one wrong letter and searches the correction instead", async () => {
      const result = await search(anonymous, "contrainer");
      expect(result.hits.map((h) => h.id)).toEqual([ids["Port controls"]]);
      expect(result.correctedQuery).toBe("container");
    });

    it("applies phrases and exclusions", async () => {
      expect(await found(w.admin, '"crop substitution" -organization')).toEqual(["Members only"]);
    });

    it("never shows, counts or suggests what the viewer may not read", async () => {
      const asVisitor = await search(anonymous, "crop substitution outcomes");
      expect(asVisitor.hits).toEqual([]);
      expect(asVisitor.total).toBe(0);
      expect(asVisitor.facets.type).toEqual([]);
      const asMember = await search(w.otherContributor, "crop substitution outcomes");
      expect(asMember.hits.map((h) => h.id)).toEqual([ids["Members only"]]);
      expect(asMember.total).toBe(1);
      // The tag facet is counted without the tag filter (disjunctive), so other tests' tags may be listed too.
      expect(asMember.facets.tag).toContainEqual({ value: tag, count: 1 });
      expect(asMember.facets.type).toEqual([{ value: "BEST_PRACTICE", count: 1 }]);
      expect((await search(w.author, "crop substitution outcomes")).total).toBe(2);
      expect(await engine.suggest(`${tag} org`, searchAccessFilter(anonymous), 5)).toEqual([]);
      expect(await engine.suggest(`${tag} org`, searchAccessFilter(w.author), 5)).toEqual([`${tag} Org only`]);
    });

    it("counts a filtered facet under the other filters only, and the rest under all of them", async () => {
      const spanish = await search(w.admin, "", { filters: { tag: [tag], language: ["es"] } });
      expect(spanish.total).toBe(1);
      expect(spanish.hits.map((h) => h.id)).toEqual([ids["Educación rural"]]);
      // Checking Spanish leaves English listed with what it would add...
      expect(spanish.facets.language).toEqual([{ value: "en", count: 3 }, { value: "es", count: 1 }]);
      // ...while the other facets count only what the filters keep.
      expect(spanish.facets.type).toEqual([{ value: "BEST_PRACTICE", count: 1 }]);
      const both = await search(w.admin, "", { filters: { tag: [tag], language: ["es", "en"] } });
      expect(both.total).toBe(4);
      // A page past the end still has its total.
      expect((await search(w.admin, "", { filters: { tag: [tag], language: ["es"] }, page: 5 })).total).toBe(1);
      // The same with a query, which is scored.
      const visitor = await search(anonymous, "crop OR rural educación", { filters: { tag: [tag], language: ["en"] } });
      expect(visitor.facets.language).toEqual([{ value: "es", count: 1 }]);
      expect(visitor.total).toBe(0);
    });

    it("keeps a malicious filter value a value", async () => {
      const result = await engine.search(
        { q: "", filters: { tag: [`${tag}" OR visibility = "ORGANIZATION`] }, sort: "relevance", page: 1, pageSize: 20 },
        searchAccessFilter(anonymous),
      );
      expect(result.total).toBe(0);
    });

    it("keeps NUL, controls, lone surrogates and bidi overrides from the database, whoever calls it", async () => {
      // NUL in a bound parameter is PostgreSQL error 22021: the search would answer 500.
      for (const char of ["\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\u009b", "\ud800", "\udc00", "\u202e", "\u2066"]) {
        const label = JSON.stringify(char);
        expect(await found(anonymous, `${char}drug traf${char}ficking${char}`), label).toEqual(["Port controls"]);
        expect(await found(w.admin, `"crop${char} substitution" -organiza${char}tion`), label).toEqual(["Members only"]);
        expect(await engine.suggest(`${tag} po${char}rt`, searchAccessFilter(anonymous), 5), label).toEqual([`${tag} Port controls`]);
      }
    });

    it("reads a query of only punctuation or operators as no query", async () => {
      const browse = await search(w.admin, "", { sort: "newest" });
      for (const q of ["-", "*", "(((", '"', "+", "|", "!", "- * ( ) \" + | ! & :", "\u0000"]) {
        expect(await search(w.admin, q), q).toEqual(browse);
        expect(await search(w.admin, q, { sort: "newest" }), q).toEqual(browse);
      }
    });

    it("escapes document text in snippets before marking matches", async () => {
      await publish("Markup", { body: 'Ports where 3 < 5 & "quotes" meet containers.' });
      await drainOutbox(db, engine);
      const [hit] = (await search(anonymous, "containers")).hits.filter((h) => h.id === ids.Markup);
      expect(hit?.snippet).toContain("3 &lt; 5 &amp; &quot;quotes&quot; meet <mark>containers</mark>");
    });
  });

  describe("ranking", () => {
    // "quillwort" is in one readable document and three members-only ones; "zarzuelist" in one.
    // Rarity is counted over what the viewer may read, so the hidden documents change nothing
    // for a visitor (the document repeating its word ranks first), while for a member
    // "quillwort" is common and the document with the rarer word comes first.
    beforeAll(async () => {
      await publish("Rare A", { body: "Harbor notes: quillwort quillwort inspection of the harbor." });
      await publish("Rare B", { body: "Harbor notes: zarzuelist ledger inspection of the harbor." });
      for (const n of [1, 2, 3]) await publish(`Hidden ${n}`, { body: `quillwort survey ${n}`, visibility: "MEMBERS" });
      await drainOutbox(db, engine);
    }, 120_000);

    const order = async (viewer: Viewer) => (await search(viewer, "quillwort zarzuelist ")).hits.map((h) => h.title.replace(`${tag} `, ""));

    it("weighs each word by how rare it is among the documents the viewer may read", async () => {
      expect(await order(anonymous)).toEqual(["Rare A", "Rare B"]);
      // Which of the four with the common word comes next is BM25F's length normalization.
      expect((await order(w.admin))[0]).toBe("Rare B");
    });

    it("ranks a query of the longest length by its rarest words", async () => {
      // 200 characters: more words than are ranked (MAX_RANKED_CLAUSES), the telling ones among them.
      const common = "harbor notes of the inspection ";
      const q = `${common.repeat(3)}quillwort ${common.repeat(2)}zarzuelist`;
      expect(q.length).toBeLessThanOrEqual(200);
      const titles = (await search(anonymous, q)).hits.map((h) => h.title.replace(`${tag} `, ""));
      expect(titles.slice(0, 2)).toEqual(["Rare A", "Rare B"]);
    });
  });

  describe("did you mean, as documents are published, restricted, archived, unpublished and deleted", () => {
    // "morvelanda" is readable throughout; "morvelaño" comes and goes. "morvelanu" is a typo
    // nearer to "morvelano" than to "morvelanda".
    const queries = ["morvelaño", "morvelanu", "morvelaño morvelanu"];
    const answers = (viewer: Viewer) => Promise.all(queries.map((q) => search(viewer, q)));
    const suggestion = async (viewer: Viewer, q: string) => (await search(viewer, q)).correctedQuery;
    const body = "Morvelaño crossing notes.";

    async function changeVisibility(key: string, visibility: "PUBLIC" | "ORGANIZATION") {
      const { version } = await db.document.findUniqueOrThrow({ where: { id: ids[key]! }, select: { version: true } });
      await saveDocument(w.author, ids[key]!, completeInput(w, { title: `${tag} ${key}`, tags: [tag], body, visibility }), version, { submit: true });
      await decideReview(w.reviewer, ids[key]!, { decision: "publish" });
      await drainOutbox(db, engine);
    }

    it("answers a visitor exactly as if the word occurred nowhere, whenever only unreadable documents hold it", async () => {
      await publish("Morvelanda", { body: "Survey of the Morvelanda wetlands." });
      await drainOutbox(db, engine);
      const nowhere = await answers(anonymous);
      expect(nowhere.map((a) => a.correctedQuery)).toEqual(["morvelanda", "morvelanda", "morvelanda morvelanda"]);

      await publish("Org note", { body, visibility: "ORGANIZATION" });
      await publish("Public note", { body });
      await drainOutbox(db, engine);
      expect(await suggestion(anonymous, "morvelanu")).toBe("morvelano");
      expect(await suggestion(w.member, "morvelanu")).toBe("morvelano");

      await archiveDocument(w.admin, ids["Public note"]!);
      await drainOutbox(db, engine);
      expect(await answers(anonymous)).toEqual(nowhere);
      expect(await suggestion(w.member, "morvelanu")).toBe("morvelano");

      await changeVisibility("Org note", "PUBLIC");
      expect(await suggestion(anonymous, "morvelanu")).toBe("morvelano");
      await changeVisibility("Org note", "ORGANIZATION");
      expect(await answers(anonymous)).toEqual(nowhere);

      await unpublishDocument(w.admin, ids["Org note"]!);
      await drainOutbox(db, engine);
      expect(await suggestion(w.member, "morvelanu")).toBe("morvelanda");

      await publish("Deleted note", { body, visibility: "MEMBERS" });
      await drainOutbox(db, engine);
      expect(await suggestion(w.member, "morvelanu")).toBe("morvelano");
      await db.$transaction(async (tx) => {
        await tx.document.delete({ where: { id: ids["Deleted note"]! } });
        await enqueueSearchSync(tx, [ids["Deleted note"]!]);
      });
      await drainOutbox(db, engine);
      expect(await suggestion(w.member, "morvelanu")).toBe("morvelanda");
      expect(await answers(anonymous)).toEqual(nowhere);
      expect(await db.$queryRaw`SELECT term FROM "SearchWord" WHERE term = 'morvelano'`).toEqual([]);
    });
  });

  describe("an organization renamed", () => {
    it("is found under its new name: its published documents are indexed again", async () => {
      const org = await db.organization.findUniqueOrThrow({ where: { id: w.orgA } });
      const name = `Xylocarp Observatory ${tag}`;
      await updateOrganization(w.admin, org.id, { name, slug: org.slug, country: org.country, sector: org.sector });
      expect(await db.searchOutbox.count({ where: { documentId: ids["Port controls"]! } })).toBe(1);
      await drainOutbox(db, engine);
      expect(await found(anonymous, "xylocarp")).toContain("Port controls");
    });
  });

  describe("rebuilding the index", () => {
    it("indexes exactly the published documents and consumes the outbox written before it", async () => {
      await db.searchOutbox.create({ data: { documentId: ids["Port controls"]! } });
      const { documents } = await reindexAll(db, engine);
      expect(documents).toBe(await db.document.count({ where: { status: "PUBLISHED" } }));
      expect((await engine.stats()).documents).toBe(documents);
      expect(await db.searchOutbox.count()).toBe(0);
      expect(await found(anonymous, "educacion")).toEqual(["Educación rural"]);
      // The memory index is reloaded after a rebuild (SQL answers meanwhile).
      await engine.warm();
      expect(await found(anonymous, "educacion")).toEqual(["Educación rural"]);
    });
  });
}
