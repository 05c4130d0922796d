// The search page against the production build, the built-in engine and the seeded content
// (indexed by the worker from the outbox the seed wrote): as-you-type, facets and chips, a
// typo, accents left out, a synonym across languages, a publish becoming searchable, and a
// leak check per persona.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { documents } from "../prisma/seed/data";
import { focusAreas } from "../prisma/seed/data/focus-areas";
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
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("a visitor never finds documents they may not read", async ({ page }) => {
  const hidden = documents.filter((d) => !can({ kind: "anonymous" }, "view", {
    status: d.status ?? "PUBLISHED", pendingState: "NONE", visibility: d.visibility ?? "PUBLIC",
    embargoUntil: d.embargoUntil ? new Date(`${d.embargoUntil}T00:00:00Z`) : null, organizationId: d.organization, contributorId: d.contributor, focusAreaIds: d.focusAreas,
  }));
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
