import { expect, test } from "./support/test";
import { publicCountFor } from "../lib/testing/seeded-visibility";

test.describe("browsing in English", () => {
  test("home → focus area → document → organization", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Shared knowledge");
    await expect(page.getByRole("heading", { name: "Featured" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Latest published" })).toBeVisible();

    const areas = page.getByRole("region", { name: "Focus areas" });
    const security = areas.getByRole("link", { name: /Security and defense/ });
    const expected = publicCountFor((d) => d.focusAreas.includes("security-and-defense"));
    await expect(security).toContainText(`${expected} documents`);
    await security.click();

    await expect(page).toHaveURL(/\/en\/focus-areas\/security-and-defense$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security and defense");
    await expect(page.getByRole("status").filter({ hasText: "documents" })).toHaveText(`${expected} documents`);

    // The documents list, not the results section that links to the same document.
    await page.getByRole("region", { name: "Documents", exact: true }).getByRole("link", { name: "Real-time crime mapping for precinct-level patrol deployment" }).click();
    await expect(page).toHaveURL(/\/en\/documents\/real-time-crime-mapping-precinct-deployment$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Real-time crime mapping for precinct-level patrol deployment");
    const metrics = page.getByRole("table").filter({ hasText: "Indicator" });
    await expect(metrics.getByRole("row", { name: /Crime hotspots identified/ })).toContainText("25%");
    await expect(page.getByRole("complementary")).toContainText("October 14, 2022");

    await page.getByRole("complementary").getByRole("link", { name: "Gulf Coast Joint Investigations Center" }).click();
    await expect(page).toHaveURL(/\/en\/organizations\/gulf-coast-joint-investigations-center$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Gulf Coast Joint Investigations Center");
    await expect(page.getByText("Law enforcement", { exact: true })).toBeVisible();
  });

  test("filters a focus area by type, year and country, with counts by type", async ({ page }) => {
    const inArea = (d: { focusAreas: string[] }) => d.focusAreas.includes("transnational-crime-and-illicit-finance");
    await page.goto("/en/focus-areas/transnational-crime-and-illicit-finance");
    const reports = publicCountFor((d) => inArea(d) && d.type === "REPORT");
    await page.getByRole("link", { name: `Reports ${reports}`, exact: true }).click();
    await expect(page).toHaveURL(/type=REPORT/);
    await expect(page.getByRole("status").filter({ hasText: /document/ })).toHaveText(new RegExp(`^${reports} document`));

    await page.getByLabel("Country").selectOption("CO");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/type=REPORT/);
    await expect(page).toHaveURL(/country=CO/);
    const expected = publicCountFor((d) => inArea(d) && d.type === "REPORT" && d.countries.includes("CO"));
    await expect(page.getByRole("status").filter({ hasText: /document/ })).toHaveText(new RegExp(`^(${expected} documents?|No documents)$`));

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/focus-areas\/transnational-crime-and-illicit-finance$/);
  });

  test("shows an empty state when no document matches", async ({ page }) => {
    await page.goto("/en/focus-areas/energy?year=2018&country=VE");
    await expect(page.getByText("No documents match these filters.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Clear filters" })).toBeVisible();
  });
});

test.describe("browsing in Spanish", () => {
  test("inicio → área → documento → organización", async ({ page }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Conocimiento compartido");
    const expected = publicCountFor((d) => d.focusAreas.includes("counternarcotics"));
    const area = page.getByRole("region", { name: "Áreas de trabajo" }).getByRole("link", { name: /Lucha contra el narcotráfico/ });
    await expect(area).toContainText(`${expected} documento`);
    await area.click();
    await expect(page).toHaveURL(/\/es\/focus-areas\/counternarcotics$/);
    await expect(page.getByRole("link", { name: /^Informes \d+$/ })).toBeVisible();

    await page.getByRole("main").getByRole("article").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/es\/documents\//);
    await expect(page.getByRole("complementary")).toContainText("Publicado");
    await page.getByRole("complementary").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/es\/organizations\//);
    await expect(page.getByText("Documentos de esta organización")).toBeVisible();
  });

  test("formats dates and numbers for Spanish readers", async ({ page }) => {
    await page.goto("/es/documents/binational-financial-tracking-trade-based-money-laundering");
    const metrics = page.getByRole("table").filter({ hasText: "Indicador" });
    await expect(metrics.getByRole("row", { name: /Illicit funds seized/ })).toContainText("50.000.000 US$");
    await expect(page.getByRole("complementary")).toContainText(/\d{1,2} de [a-z]+ de 20\d\d/);
    await expect(page.getByRole("main").getByText("Idioma: Inglés").first()).toBeAttached();
  });
});
