// Small things a new user meets: natural wording, one way of marking a document's language,
// a titled 404 page, the administration's current tab and overview, a home page that does not
// list the same document twice, and an unknown language prefix sent to a page that exists.
import { expect, test } from "./support/test";
import { signInAndWait } from "./support/auth";

test("starting a document reads naturally in both languages", async ({ page }) => {
  await signInAndWait(page, "contributor@puente.test");
  await page.goto("/en/documents/new");
  for (const name of ["Share a best practice", "Share a piece of research", "Share a report"]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await page.goto("/es/documents/new");
  for (const name of ["Compartir una buena práctica", "Compartir una investigación", "Compartir un informe"]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await page.goto("/en/documents/new?type=REPORT");
  await expect(page.getByLabel("Web address", { exact: true })).toBeVisible();
  await expect(page.getByText("(slug)")).toHaveCount(0);
});

test("a document's language is marked the same way on cards, search results and its page", async ({ page }) => {
  // Badge texts, without the "Language: " heard before them.
  const marks = async () =>
    (await page.locator("main span.rounded-full").evaluateAll((badges) => badges.map((badge) => badge.textContent ?? "")))
      .map((text) => text.replace(/^(Language|Idioma): /, ""))
      .filter((text) => /^(EN|ES|English|Spanish|Inglés|Español)$/i.test(text));
  await page.goto("/en/focus-areas/security-and-defense");
  const cards = await marks();
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.every((text) => text === "English" || text === "Spanish")).toBe(true);
  await expect(page.locator("main").getByText("Language: Spanish").first()).toBeAttached();

  await page.goto("/en/search?q=security");
  expect((await marks()).every((text) => text === "English" || text === "Spanish")).toBe(true);
  await page.goto("/es/documents/real-time-crime-mapping-precinct-deployment");
  expect(await marks()).toEqual(["Inglés"]);
});

test("the 404 page is titled as one, in both languages", async ({ page }) => {
  await page.goto("/en/no/such/page");
  await expect(page).toHaveTitle("Page not found · Puente");
  await page.goto("/es/documents/no-such-document");
  await expect(page).toHaveTitle("Página no encontrada · Puente");
});

test("an unknown language prefix goes to the same page in a language we have", async ({ request }) => {
  const location = async (path: string, language: string) => {
    const response = await request.get(path, { maxRedirects: 0, headers: { "accept-language": language } });
    expect(response.status(), path).toBe(307);
    return new URL(response.headers().location!, "http://x").pathname;
  };
  expect(await location("/fr/focus-areas", "fr-FR,fr;q=0.9")).toBe("/en/focus-areas");
  expect(await location("/fr/focus-areas", "es-CO,es;q=0.9")).toBe("/es/focus-areas");
  expect(await location("/de/documents/real-time-crime-mapping-precinct-deployment", "en")).toBe("/en/documents/real-time-crime-mapping-precinct-deployment");
  expect(await location("/es-CO/focus-areas", "en")).toBe("/es/focus-areas");
  expect(await location("/fr", "en")).toBe("/en");
});

test("the home page's latest documents leave out the featured ones shown above them", async ({ page }) => {
  await page.goto("/en");
  const titles = (section: string) => page.getByRole("region", { name: section }).getByRole("heading", { level: 3 }).allInnerTexts();
  const featured = await titles("Featured");
  const latest = await titles("Latest published");
  expect(featured.length).toBeGreaterThan(0);
  expect(latest).toHaveLength(6);
  expect(latest.filter((title) => featured.includes(title))).toEqual([]);
});

test("the administration opens on an overview and marks the current section", async ({ page }) => {
  await signInAndWait(page, "admin@puente.test");
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  const sections = page.getByRole("navigation", { name: "Administration sections" });
  await expect(sections.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  const main = page.getByRole("main");
  await expect(main.getByText(/^\d+ accounts$/)).toBeVisible();
  await expect(main.getByText(/^\d+ organizations$/)).toBeVisible();
  await main.getByRole("heading", { name: "Organizations" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/en\/admin\/organizations$/);
  await expect(sections.getByRole("link", { name: "Organizations" })).toHaveAttribute("aria-current", "page");
  await expect(sections.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current");
  await page.goto("/es/admin/users");
  await expect(page.getByRole("navigation", { name: "Secciones de administración" }).getByRole("link", { name: "Usuarios" })).toHaveAttribute("aria-current", "page");
});

test("an organization admin's overview shows only their organizations", async ({ page }) => {
  await signInAndWait(page, "orgadmin@puente.test");
  await page.goto("/en/admin");
  const main = page.getByRole("main");
  await expect(main.getByText("You manage 1 organization")).toBeVisible();
  await expect(main.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Administration sections" }).getByRole("link")).toHaveText(["Overview", "Organizations"]);
});
