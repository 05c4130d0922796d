// What a result shows, against the real database: snippets cut from the plain text stored at
// index time (no Markdown syntax, no author names), between words with "…", with only the
// query's content words marked; and a misspelled query answered with the corrected one. Both
// ways the built-in engine makes snippets are held to it: ts_headline (SQL alone) and the
// memory index's own (./postings/snippets.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDocument } from "@/lib/dal/document-editing";
import { decideReview, submitDocument } from "@/lib/dal/document-workflow";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { searchAccessFilter } from "../access-filter";
import { drainOutbox } from "../sync";
import type { SearchRequest } from "../types";
import { PostgresSearchEngine } from "./postgres-engine";

const tag = newTag("sn");
const engine = new PostgresSearchEngine(db, { memoryIndex: false });
const engines = { "SQL alone": engine, "the memory index": new PostgresSearchEngine(db, { memoryIndex: true }) };
let w: ContributionWorld;
const ids: Record<string, string> = {};

const filler = (n: number) => Array.from({ length: n }, (_, i) => `relleno${i}`).join(" ");
const spanishBody = `## Introducción

Las zonas francas facilitan la inversión. ${filler(40)} También las hace atractivas para el **lavado de activos** y la evasión.

| Tipología | Casos |
|---|---|
| Sobrefacturación | 31 |

- Revisión de **186 casos** en [zonas francas](https://example.org/zf).
- ${filler(40)}

### Resultados

\`\`\`
código
\`\`\`
`;

async function publish(key: string, overrides: Record<string, unknown>) {
  const doc = await createDocument(w.author, completeInput(w, { title: `${tag} ${key}`, tags: [tag], ...overrides }));
  await submitDocument(w.author, doc.id);
  await decideReview(w.reviewer, doc.id, { decision: "publish" });
  ids[key] = doc.id;
}

let searching = engine;
const search = (q: string, extra: Partial<SearchRequest> = {}) =>
  searching.search({ q, filters: { tag: [tag] }, sort: "relevance", page: 1, pageSize: 20, ...extra }, searchAccessFilter({ kind: "anonymous" }));
const snippetOf = async (q: string, key: string) => (await search(q)).hits.find((h) => h.id === ids[key])?.snippet ?? "";

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
  await publish("Zonas francas", { summary: "Estudio.", language: "es", body: spanishBody, authorNames: ["Ana Quintero Lavado", "Luis Paz"] });
  await publish("Oficina", { summary: "Notas de trabajo.", body: `The Oficina Andina de Integridad Financiera ${filler(60)} works on asset tracing.` });
  await publish("Ciber", { summary: "Ejercicios.", body: "Joint ciberseguridad exercises between both navies." });
  await drainOutbox(db, engine);
  await engines["the memory index"].warm();
}, 120_000);
afterAll(async () => {
  await db.$executeRaw`DELETE FROM "SearchEntry" WHERE ${tag} = ANY(tags)`;
  await deleteContributionWorld(db, tag);
});

for (const [name, each] of Object.entries(engines)) {
  describe(`with ${name}`, () => {
    beforeAll(() => {
      searching = each;
    });

  describe("snippets", () => {
    it("are plain text: no Markdown syntax, no author names, and the function word between the matches is not marked", async () => {
      const snippet = await snippetOf("lavado de activos", "Zonas francas");
      expect(snippet).toContain("<mark>lavado</mark> de <mark>activos</mark>");
      expect(snippet).not.toMatch(/\*\*|#|\||\]\(|```|<mark>de<\/mark>|Quintero|Luis Paz/);
    });

    it("are cut between words, with … where the text goes on", async () => {
      const snippet = await snippetOf("lavado de activos", "Zonas francas");
      expect(snippet).toMatch(/^… \S/);
      expect(snippet).toMatch(/ …$/);
      // Every word shown is whole: the filler words all end in digits, none cut short.
      for (const word of snippet.replace(/<\/?mark>/g, "").split(/\s+/)) if (word.startsWith("relleno")) expect(word).toMatch(/^relleno\d+$/);
    });

    it("never mark a function word, even one the other language's analysis keeps", async () => {
      const snippet = await snippetOf("de integridad", "Oficina");
      expect(snippet).toContain("Andina de <mark>Integridad</mark>");
      expect(snippet).not.toContain("<mark>de</mark>");
    });

    it("show the beginning of the text, cut between words, when only the title matched", async () => {
      const snippet = await snippetOf(`${tag} zzzz`, "Oficina");
      expect(snippet).toMatch(/^Notas de trabajo\. .*The Oficina Andina de Integridad Financiera( relleno\d+)+ …$/);
      expect(snippet).not.toContain("<mark>");
    });
  });

  describe("a misspelled query", () => {
    it("is answered with the corrected query's results, and searched as typed when asked", async () => {
      const corrected = await search("cibersegurdad");
      expect(corrected.correctedQuery).toBe("ciberseguridad");
      expect(corrected.hits.map((h) => h.id)).toEqual([ids.Ciber]);
      expect(corrected.hits[0]!.snippet).toContain("<mark>ciberseguridad</mark>");
      const typed = await search("cibersegurdad", { verbatim: true });
      expect(typed).toMatchObject({ correctedQuery: null, total: 0, hits: [] });
    });
  });
  });
}
