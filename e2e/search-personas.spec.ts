// The same searches as an anonymous visitor, a member without an organization, a member of
// organization A and a member of organization B: results, totals and facet counts must match
// exactly what each may read. Other specs publish documents of their own, so the seeded ones
// are checked by title and the counts against the hits actually returned.
import { expect, test, type APIRequestContext } from "./support/test";
import { can } from "../lib/policies/can";
import { documents } from "../prisma/seed/data";
import { signInAndWait } from "./support/auth";
import { accessOf, viewerFor } from "./support/seed-viewers";

interface Hit { title: string; type: string; focusAreas: { slug: string }[] }
interface Answer { total: number; hits: Hit[]; facets: Record<string, { value: string; count: number }[]> }

const personas = [null, "member@puente.test", "member.a@puente.test", "member.b@puente.test"];
const queries = ["", "security", "lavado de activos"];

/** Every page of a search, and the first page's totals and facets. */
async function searchAll(api: APIRequestContext, q: string): Promise<Answer> {
  const first = (await (await api.get(`/api/search?${new URLSearchParams({ q, pageSize: "50" })}`)).json()) as Answer & { pageCount: number };
  const hits = [...first.hits];
  for (let page = 2; page <= first.pageCount; page++) {
    hits.push(...((await (await api.get(`/api/search?${new URLSearchParams({ q, pageSize: "50", page: String(page) })}`)).json()) as Answer).hits);
  }
  return { total: first.total, hits, facets: first.facets };
}

const countBy = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
const facetMap = (values: { value: string; count: number }[]) => new Map(values.map((v) => [v.value, v.count]));

const readableBy = (email: string | null) => new Set(documents.filter((d) => can(viewerFor(email), "view", accessOf(d))).map((d) => d.title));

test("the personas' readable sets differ, so the comparison below means something", () => {
  const [anonymous, , a, b] = personas.map(readableBy);
  expect([...a!].filter((t) => !b!.has(t)).length).toBeGreaterThan(0);
  expect([...b!].filter((t) => !a!.has(t)).length).toBeGreaterThan(0);
  expect([...a!].filter((t) => !anonymous!.has(t)).length).toBeGreaterThan(0);
});

for (const email of personas) {
  test(`search shows ${email ?? "an anonymous visitor"} only what they may read`, async ({ page }) => {
    test.setTimeout(90_000);
    if (email) await signInAndWait(page, email);
    const readable = readableBy(email);
    const hidden = documents.map((d) => d.title).filter((t) => !readable.has(t));
    for (const q of queries) {
      const answer = await searchAll(page.request, q);
      const titles = answer.hits.map((h) => h.title);
      expect(titles.filter((t) => hidden.includes(t)), `hidden titles for "${q}"`).toEqual([]);
      expect(answer.total, `total for "${q}"`).toBe(titles.length);
      // Facet counts are counts of the hits the persona got, nothing more.
      expect(facetMap(answer.facets.type!)).toEqual(countBy(answer.hits.map((h) => h.type)));
      expect(facetMap(answer.facets.focusArea!)).toEqual(countBy(answer.hits.flatMap((h) => h.focusAreas.map((f) => f.slug))));
      if (q === "") expect([...readable].filter((t) => !titles.includes(t)), "readable but missing").toEqual([]);
    }
    // A word only a hidden document contains gives nothing away: no hit, no total, no suggestion.
    for (const title of hidden.slice(0, 3)) {
      const answer = (await (await page.request.get(`/api/search?${new URLSearchParams({ q: `"${title}"` })}`)).json()) as Answer & { correctedQuery: string | null };
      expect(answer.hits.map((h) => h.title)).not.toContain(title);
      const suggestions = (await (await page.request.get(`/api/search/suggest?${new URLSearchParams({ q: title.slice(0, 12) })}`)).json()) as { suggestions?: string[] };
      expect(suggestions.suggestions ?? []).not.toContain(title);
    }
  });
}
