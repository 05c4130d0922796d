// The results page and the unit vocabulary in the browser, on the seed: figures added up from
// the documents each persona may read (expected values computed from the seed data and the
// rules, not typed in), charts with their tables and text summaries, links back to the
// documents, CSV downloads, both languages, print, and the editor's metric kinds.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "./support/test";
import { fromLegacyUnit } from "../lib/impact/units";
import { can } from "../lib/policies/can";
import { documents } from "../prisma/seed/data";
import type { SeedDocument } from "../prisma/seed/types";
import { signInAndWait } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { accessOf, viewerFor } from "./support/seed-viewers";

const readable = (email: string | null) =>
  documents.filter((d) => (d.status ?? "PUBLISHED") === "PUBLISHED" && can(viewerFor(email), "view", accessOf(d)) && (d.metrics?.length ?? 0) > 0);
const kindOf = (m: NonNullable<SeedDocument["metrics"]>[number]) => m.kind ?? fromLegacyUnit(m.unit).kind;
const total = (docs: SeedDocument[], test: (m: NonNullable<SeedDocument["metrics"]>[number]) => boolean) =>
  docs.flatMap((d) => d.metrics ?? []).filter(test).reduce((sum, m) => sum + m.value, 0);
const usd = (email: string | null) => total(readable(email), (m) => kindOf(m) === "MONEY" && m.unit === "USD");
const people = (email: string | null) => total(readable(email), (m) => kindOf(m) === "PEOPLE");

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const countedDocuments = async (page: Page) =>
  Number(/Counting (\d+)/.exec(await page.getByRole("status").filter({ hasText: /^Counting/ }).innerText())?.[1]);

test("a visitor sees the public results added up, as a chart, a table and a text summary", async ({ page }) => {
  await page.goto("/en/results");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results");
  // Other browser tests publish documents too: at least the seed's, and the seed's figures below exactly.
  await expect(page.getByText(/^Counting \d+ published documents you may read that report results\.$/)).toBeVisible();
  expect(await countedDocuments(page)).toBeGreaterThanOrEqual(readable(null).length);
  const money = region(page, "Money (USD)");
  // The headline figure (a single year may equal it in the table).
  await expect(money.getByText(`$${usd(null).toLocaleString("en-US")}`, { exact: true }).first()).toBeVisible();
  await expect(money.getByRole("img", { name: "Money (USD)" })).toBeVisible();
  await expect(money.getByRole("paragraph").filter({ hasText: /^Money \(USD\): \$[\d,]+ in total, from \d+ results in \d+ documents\./ })).toBeVisible();
  await expect(region(page, "People reached").getByText(`${people(null).toLocaleString("en-US")} people`, { exact: true }).first()).toBeVisible();
  // Percentages are summarized, not added up, and say so.
  await expect(region(page, "Percentages (shares)").getByRole("columnheader", { name: "Median" })).toBeVisible();
  // Free-text units are listed, never added up.
  await expect(page.getByRole("table", { name: "Results with their own unit" }).getByRole("row", { name: /Increase in formal employment/ })).toContainText("17 percentage points");
  await expectNoAxeViolations(page);
});

test("each figure links back to the documents behind it", async ({ page }) => {
  await page.goto("/en/results?by=year");
  const row = region(page, "Money (USD)").getByRole("table").getByRole("row", { name: /^2023/ });
  await row.getByRole("link", { name: /binational financial tracking program/ }).click();
  await expect(page).toHaveURL(/\/en\/documents\/binational-financial-tracking-trade-based-money-laundering$/);
});

test("a member also counts what is shared with them", async ({ page }) => {
  await signInAndWait(page, "member@puente.test");
  await page.goto("/en/results");
  expect(await countedDocuments(page)).toBeGreaterThanOrEqual(readable("member@puente.test").length);
  await expect(region(page, "People reached").getByText(`${people("member@puente.test").toLocaleString("en-US")} people`, { exact: true }).first()).toBeVisible();
  expect(people("member@puente.test")).toBeGreaterThan(people(null));
});

test("the CSV holds the chart's figures, counted for whoever downloads it", async ({ page }) => {
  await page.goto("/en/results?by=country");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    region(page, "Money (USD)").getByRole("link", { name: "Download Money (USD) by country as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("puente-results-money-usd-by-country.csv");
  const lines = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("measure,kind,currency,counted,statistic,country,group,value,results,documents");
  const colombia = lines.find((line) => line.includes(",CO,Colombia,"));
  expect(colombia).toMatch(/^Money \(USD\),MONEY,USD,,sum,CO,Colombia,\d+,\d+,\d+$/);
  expect(lines.slice(1).every((line) => line.startsWith("Money (USD),MONEY,USD,"))).toBe(true);
});

test("Spanish: localized numbers, words and breakdowns, at phone width too", async ({ page }) => {
  await page.goto("/es/results?by=sector");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resultados");
  const money = region(page, "Dinero (USD)");
  await expect(money.getByText(`${usd(null).toLocaleString("es")}\u00a0US$`, { exact: true }).first()).toBeVisible();
  await expect(money.getByRole("columnheader", { name: "Sector" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(money.getByRole("img", { name: "Dinero (USD)" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("printing keeps each chart with its table and drops the controls", async ({ page }) => {
  await page.goto("/en/results");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Show results" })).toBeHidden();
  await expect(region(page, "Money (USD)").getByRole("img", { name: "Money (USD)" })).toBeVisible();
  await expect(region(page, "Money (USD)").getByRole("table")).toBeVisible();
});

test("a focus area shows its results and links to the full report for that area", async ({ page }) => {
  await page.goto("/en/focus-areas/cybersecurity");
  const section = page.getByRole("region", { name: "Results in this area" });
  await expect(section.getByRole("img").first()).toBeVisible();
  await section.getByRole("link", { name: /All results in this area/ }).click();
  await expect(page).toHaveURL(/\/en\/results\?area=cybersecurity$/);
  await expect(page.getByLabel("Focus area")).toHaveValue("cybersecurity");
  await page.getByLabel("Break down by").selectOption("organization");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/by=organization/);
  await expect(page.getByRole("columnheader", { name: "Organization" }).first()).toBeVisible();
});

test("a contributor says what each metric measures, and the form explains a wrong choice", async ({ page }) => {
  await signInAndWait(page, "contributor@puente.test");
  await page.goto("/en/documents/new");
  await page.getByRole("link", { name: /Share a best practice/ }).click();
  await page.getByLabel("Title (required)").fill(`Metric kinds ${Date.now()}`);
  await page.getByRole("button", { name: "Add a metric" }).click();
  await page.getByLabel("Indicator (row 1)").fill("Share of ports inspected");
  await page.getByLabel("Measures (row 1)").selectOption("PERCENT");
  await page.getByLabel("Value (row 1)").fill("150");
  await page.getByRole("button", { name: "Add a metric" }).click();
  await page.getByLabel("Indicator (row 2)").fill("Fines collected");
  await page.getByLabel("Measures (row 2)").selectOption("MONEY");
  await page.getByLabel("Currency (row 2)").selectOption("COP");
  await page.getByLabel("Value (row 2)").fill("2500000");
  await page.getByLabel("Better when (row 2)").selectOption("LOWER");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("A percentage share is between 0 and 100.").first()).toBeVisible();
  await page.getByLabel("Measures (row 1)").selectOption("PERCENT_CHANGE");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/edit\?created=1$/);
  await page.reload();
  await expect(page.getByLabel("Measures (row 1)")).toHaveValue("PERCENT_CHANGE");
  await expect(page.getByLabel("Currency (row 2)")).toHaveValue("COP");
  await expect(page.getByLabel("Better when (row 2)")).toHaveValue("LOWER");
  // Counting asks what is counted; the currency goes away.
  await page.getByLabel("Measures (row 2)").selectOption("COUNT");
  await expect(page.getByLabel("Currency (row 2)")).toHaveCount(0);
  await expect(page.getByLabel("What is counted (row 2)")).toBeVisible();
});
