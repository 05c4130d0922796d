import { expect, test } from "./support/test";

test("the first visit is sent to the language the browser asks for", async ({ browser }) => {
  // The context's locale sets the browser's Accept-Language header.
  const cases: [string, string][] = [["es-CO", "/es"], ["en-US", "/en"], ["fr-FR", "/en"]];
  for (const [locale, expected] of cases) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await context.close();
  }
});

test("the language switcher keeps the current page and its filters", async ({ page }) => {
  await page.goto("/en/focus-areas/cybersecurity?type=RESEARCH");
  await page.getByRole("group", { name: "Language" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/focus-areas\/cybersecurity\?type=RESEARCH$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ciberseguridad");
  await page.getByRole("group", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/focus-areas\/cybersecurity\?type=RESEARCH$/);
});

test("a document keeps its own language inside an interface in the other", async ({ page }) => {
  await page.goto("/en/documents/real-time-crime-mapping-precinct-deployment");
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/documents\/real-time-crime-mapping-precinct-deployment$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Real-time crime mapping for precinct-level patrol deployment");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Indicadores de impacto" })).toBeVisible();
});
