// Each document is analysed in its own language: a Spanish word's stem does not find an English
// document whose English stem happens to be the same ("activos" and "active"), while names,
// numbers and codes, which both languages' analyses keep as they are, are found whatever the
// language of the document and of the query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDocument } from "@/lib/dal/document-editing";
import { decideReview, submitDocument } from "@/lib/dal/document-workflow";
import type { Viewer } from "@/lib/policies/viewer";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { searchAccessFilter } from "../access-filter";
import { drainOutbox } from "../sync";
import { PostgresSearchEngine } from "./postgres-engine";
import { removeTaggedEntries } from "../testing/remove-tagged";

const tag = newTag("lg");
const engine = new PostgresSearchEngine(db);
let w: ContributionWorld;
const anonymous: Viewer = { kind: "anonymous" };

async function publish(key: string, overrides: Record<string, unknown>) {
  const doc = await createDocument(w.author, completeInput(w, { title: `${tag} ${key}`, tags: [tag], ...overrides }));
  await submitDocument(w.author, doc.id);
  await decideReview(w.reviewer, doc.id, { decision: "publish" });
}

const search = (q: string) =>
  engine.search({ q, filters: { tag: [tag] }, sort: "relevance", page: 1, pageSize: 20, verbatim: true }, searchAccessFilter(anonymous));
const found = async (q: string) => (await search(q)).hits.map((h) => h.title.replace(`${tag} `, "")).sort();

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
  await publish("Active ports", { body: "The active ports of the region and their activity.", language: "en" });
  await publish("Informe aduanero", { body: "Las exportaciones a Washington en 2019 bajo la partida HS-8471 crecieron.", language: "es" });
  await publish("Field notes", { body: "Interviews with the Castaño family in Medellín.", language: "en" });
  await publish("Activos incautados", { body: "Los activos incautados fueron subastados.", language: "es" });
  await drainOutbox(db, engine);
}, 120_000);
afterAll(async () => {
  await removeTaggedEntries(db, engine, tag);
  await deleteContributionWorld(db, tag);
});

describe("each document analysed in its own language", () => {
  it("does not find an English document by a Spanish word whose stem its English words share", async () => {
    expect(await found("activos ")).toEqual(["Activos incautados"]);
    expect(await found("activos")).toEqual(["Activos incautados"]);
  });

  it("stems each document in its own language", async () => {
    expect(await found("activities ")).toContain("Active ports");
    expect(await found("incautado ")).toEqual(["Activos incautados"]);
  });

  it("finds names, numbers and codes in a document of either language", async () => {
    expect(await found("Washington ")).toEqual(["Informe aduanero"]);
    expect(await found("2019 ")).toEqual(["Informe aduanero"]);
    expect(await found("HS-8471 ")).toEqual(["Informe aduanero"]);
    expect(await found("castano ")).toEqual(["Field notes"]);
    expect(await found("medellin ")).toEqual(["Field notes"]);
    expect(await found("Medellín ")).toEqual(["Field notes"]);
  });
});
