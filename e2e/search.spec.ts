// The search page against the production build, the built-in engine and the seeded content
// (indexed by the worker from the outbox the seed wrote): as-you-type, facets and chips, a
// typo, accents left out, a synonym across languages, a publish becoming searchable, and a
// leak check per persona.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { documents } from "../prisma/seed/data";
import { can } from "../lib/policies/can";
import { signInAndWait } from "./support/auth";

const resultTitles = (page: Page) => page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 });

test("typing searches as you type, keeps the state in the URL and passes axe", async ({ page }) => {
  await page.goto("/en/search");
  await page.getByLabel("Search terms").pressSequentially("lavado de activos", { delay: 30 });
  await expect(page).toHaveURL(/q=lavado\+de\+activos/);
  await expect(resultTitles(page).first()).toBeVisible();
  await expect(page.getByText(/money laundering/i).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("a typo, missing accents and a Spanish synonym still find the documents", async ({ page }) => {
  await page.goto("/en/search?q=laundring");
  await expect(page.getByText("Did you mean")).toBeVisible();
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

test("a query of only punctuation or operators is the browse state, in English and Spanish", async ({ page }) => {
  const browseApi = await (await page.request.get("/api/search")).json();
  for (const q of ["-", "(((", '"', "+ | !"]) {
    expect(await (await page.request.get(`/api/search?q=${encodeURIComponent(q)}`)).json(), `api q=${q}`).toEqual(browseApi);
  }
  for (const [locale, region, count, correction] of [["en", "Results", /^\d+ results$/, /Did you mean/], ["es", "Resultados", /^\d+ resultados$/, /Quiso decir/]] as const) {
    const titles = page.getByRole("region", { name: region }).getByRole("heading", { level: 3 });
    const status = page.getByRole("status").filter({ hasText: count });
    await page.goto(`/${locale}/search`);
    const browseCount = await status.textContent();
    const browseTitles = await titles.allTextContents();
    expect(browseTitles.length).toBeGreaterThan(0);
    for (const q of ["-", "((("]) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
      // "31 results", not "31 results for “-”"; no correction; the newest documents, as with no query.
      await expect(status, `${locale} q=${q}`).toHaveText(browseCount!);
      await expect(page.getByText(correction)).toHaveCount(0);
      expect(await titles.allTextContents(), `${locale} q=${q}`).toEqual(browseTitles);
      await expect(page).toHaveTitle(locale === "en" ? /^Search\b(?!:)/ : /^Búsqueda\b(?!:)/);
    }
  }
});
