// The search page against the production build, the built-in engine and the seeded content
// (indexed by the worker from the outbox the seed wrote): as-you-type, facets and chips, a
// typo, accents left out, a synonym across languages, a publish becoming searchable, and a
// leak check per persona.
import { expect, test, type Page } from "./support/test";
import { documents } from "../prisma/seed/data";
import { focusAreas } from "../prisma/seed/data/focus-areas";
import { can } from "../lib/policies/can";
import { signInAndWait } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

const resultTitles = (page: Page) => page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 });
/** The titles of the result cards only (the region also has headings of its own). */
const hitTitles = (page: Page, region = "Results") => page.getByRole("region", { name: region }).getByRole("article").getByRole("heading", { level: 3 });

test("typing searches as you type, keeps the state in the URL and passes axe", async ({ page }) => {
  await page.goto("/en/search");
  await page.getByLabel("Search terms").pressSequentially("lavado de activos", { delay: 30 });
  await expect(page).toHaveURL(/q=lavado\+de\+activos/);
  await expect(resultTitles(page).first()).toBeVisible();
  await expect(page.getByText(/money laundering/i).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a typo, missing accents and a Spanish synonym still find the documents", async ({ page }) => {
  await page.goto("/en/search?q=laundring");
  await expect(page.getByText("Showing results for")).toBeVisible();
  // "narcotráfico" without its accent, finding English documents about drug trafficking.
  const synonym = await (await page.request.get("/api/search?q=narcotrafico")).json();
  expect(synonym.total).toBeGreaterThan(0);
  await page.goto("/es/search?q=narcotrafico");
  await expect(page.getByRole("region", { name: "Resultados" }).getByRole("heading", { level: 3 }).first()).toBeVisible();
});

test("facets narrow the results and chips remove them", async ({ page }) => {
  await page.goto("/en/search?q=money+laundering");
  const before = await resultTitles(page).count();
  await page.goto("/en/search?q=money+laundering&type=RESEARCH");
  const chip = page.getByRole("link", { name: /Remove filter/ }).first();
  await expect(chip).toBeVisible();
  expect(await resultTitles(page).count()).toBeLessThanOrEqual(before);
  await chip.click();
  await expect(page).not.toHaveURL(/type=RESEARCH/);
});

const visitorMayRead = (d: (typeof documents)[number]) => can({ kind: "anonymous" }, "view", {
  status: d.status ?? "PUBLISHED", pendingState: "NONE", visibility: d.visibility ?? "PUBLIC",
  embargoUntil: d.embargoUntil ? new Date(`${d.embargoUntil}T00:00:00Z`) : null, organizationId: d.organization, contributorId: d.contributor, focusAreaIds: d.focusAreas,
});

test("facet values combine with OR, and a checked facet keeps the others listed with their counts", async ({ page }) => {
  type Facets = { focusArea: { value: string; count: number }[] };
  const all = (await (await page.request.get("/api/search")).json()) as { total: number; facets: Facets };
  const [a, b] = all.facets.focusArea;
  const name = (slug: string) => focusAreas.find((f) => f.slug === slug)!.nameEn;
  const results = (count: number) => `${count} result${count === 1 ? "" : "s"}`;
  const option = (slug: string, count: number) => new RegExp(`^${name(slug)}\\s*, ${results(count)}$`);
  // Checking one focus area leaves the second listed with what it would add, not zero.
  await page.goto(`/en/search?area=${a!.value}`);
  const group = page.getByRole("group", { name: "Focus area" });
  await expect(group.getByRole("checkbox", { name: option(a!.value, a!.count) })).toBeChecked();
  const second = group.getByRole("checkbox", { name: option(b!.value, b!.count) });
  await expect(second).not.toBeChecked();
  await second.check();
  await expect(page).toHaveURL(new RegExp(`area=${a!.value}.*area=${b!.value}`));
  // Both checked: documents in either, as many as the API counts, at least as many as the larger one.
  const either = (await (await page.request.get(`/api/search?area=${a!.value}&area=${b!.value}`)).json()) as { total: number };
  expect(either.total).toBeGreaterThanOrEqual(Math.max(a!.count, b!.count));
  expect(either.total).toBeLessThanOrEqual(a!.count + b!.count);
  await expect(page.getByText(new RegExp(`^${results(either.total)}`)).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a visitor never finds documents they may not read", async ({ page }) => {
  const hidden = documents.filter((d) => !visitorMayRead(d));
  const response = await page.request.get("/api/search?pageSize=50");
  const body = await response.json();
  const titles: string[] = body.hits.map((h: { title: string }) => h.title);
  expect(titles.filter((t) => hidden.some((d) => d.title === t))).toEqual([]);
  // Other specs publish documents of their own, so the seed gives a lower bound.
  expect(body.total).toBe(titles.length);
  const readable = documents.filter((d) => !hidden.includes(d)).map((d) => d.title);
  expect(readable.filter((t) => !titles.includes(t))).toEqual([]);
  await signInAndWait(page, "admin@puente.test");
  const all = await (await page.request.get("/api/search?pageSize=50")).json();
  expect(all.total).toBeGreaterThan(body.total);
});

test("a query of only punctuation, operators or function words is the browse state, in English and Spanish", async ({ page }) => {
  const browseApi = await (await page.request.get("/api/search")).json();
  for (const q of ["-", "(((", '"', "+ | !", "de la", "the of"]) {
    expect(await (await page.request.get(`/api/search?q=${encodeURIComponent(q)}`)).json(), `api q=${q}`).toEqual(browseApi);
  }
  for (const [locale, region, count, correction] of [["en", "Results", /^\d+ results$/, /Did you mean/], ["es", "Resultados", /^\d+ resultados$/, /Quiso decir/]] as const) {
    const titles = page.getByRole("region", { name: region }).getByRole("heading", { level: 3 });
    const status = page.getByRole("status").filter({ hasText: count });
    await page.goto(`/${locale}/search`);
    const browseCount = await status.textContent();
    const browseTitles = await titles.allTextContents();
    expect(browseTitles.length).toBeGreaterThan(0);
    for (const q of ["-", "(((", "de los"]) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
      // "31 results", not "31 results for “-”"; no correction; the newest documents, as with no query.
      await expect(status, `${locale} q=${q}`).toHaveText(browseCount!);
      await expect(page.getByText(correction)).toHaveCount(0);
      expect(await titles.allTextContents(), `${locale} q=${q}`).toEqual(browseTitles);
      await expect(page).toHaveTitle(locale === "en" ? /^Search\b(?!:)/ : /^Búsqueda\b(?!:)/);
    }
  }
});

test("a tag on a document or a result leads to the search filtered by it, with a chip to remove it", async ({ page }) => {
  // "money laundering" is on public documents and on documents a visitor may not read.
  const tag = "money laundering";
  const tagged = documents.filter((d) => d.tags.includes(tag));
  const readable = tagged.filter(visitorMayRead);
  expect(readable.length).toBeGreaterThan(0);
  expect(readable.length).toBeLessThan(tagged.length);
  await page.goto(`/en/documents/${readable[0]!.slug}`);
  await page.getByRole("link", { name: tag, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?tag=money\+laundering$/);
  // Only readable documents with the tag (other specs may publish more: the API says which).
  const api = await (await page.request.get(`/api/search?tag=${encodeURIComponent(tag)}&pageSize=50`)).json();
  const apiHits = api.hits as { title: string; tags: string[] }[];
  expect(apiHits.every((hit) => hit.tags.includes(tag))).toBe(true);
  expect(apiHits.map((hit) => hit.title).sort()).toEqual(expect.arrayContaining(readable.map((d) => d.title)));
  expect(apiHits.some((hit) => tagged.some((d) => d.title === hit.title && !visitorMayRead(d)))).toBe(false);
  expect((await hitTitles(page).allTextContents()).sort()).toEqual(apiHits.map((hit) => hit.title).sort());
  const chip = page.getByRole("link", { name: `Remove filter Tag: ${tag}` });
  await expect(chip).toBeVisible();
  await expectNoAxeViolations(page, { label: "/en/search?tag=money+laundering" });
  await chip.click();
  await expect(page).toHaveURL(/\/en\/search$/);
  await expect(chip).toHaveCount(0);

  // From a result card: another of the document's tags, in Spanish.
  const other = readable[0]!.tags.find((t) => t !== tag)!;
  await page.goto(`/es/search?tag=${encodeURIComponent(tag)}`);
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: readable[0]!.title, exact: true }) });
  await card.getByRole("list", { name: "Etiquetas" }).getByRole("link", { name: other, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/es/search\\?tag=${encodeURIComponent(other).replace(/%20/g, "\\+")}$`));
  await expect(page.getByRole("link", { name: `Quitar el filtro Etiqueta: ${other}` })).toBeVisible();
  await expect(hitTitles(page, "Resultados")).toContainText([readable[0]!.title]);
  await expectNoAxeViolations(page, { label: `/es/search?tag=${other}` });
});
