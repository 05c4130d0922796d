// What the result page shows, on the seeded hub with the built-in engine: snippets are plain
// text cut from the Markdown (no syntax, only content words marked), and a misspelled word is
// answered web-search style: "Showing results for ciberseguridad. Search instead for
// cibersegurdad", in both languages, with axe passing at desktop width.
import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";

const FUNCTION_WORDS = ["de", "la", "las", "los", "el", "y", "en", "the", "of", "and"];

test("snippets for “lavado de activos” are clean text with only content words marked", async ({ page }) => {
  await page.goto("/es/search?q=lavado+de+activos");
  const results = page.getByRole("region", { name: "Resultados" });
  await expect(results.getByRole("heading", { level: 3 }).first()).toBeVisible();
  const snippets = await results.locator("article p").allTextContents();
  expect(snippets.length).toBeGreaterThan(0);
  for (const snippet of snippets) {
    expect(snippet, snippet).not.toMatch(/\*\*|#|\||\]\(|```/);
    expect(snippet, snippet).not.toMatch(/^\s*(?:[-*+]|\d+\.)\s/);
  }
  const marked = (await results.locator("mark").allTextContents()).map((m) => m.trim().toLowerCase());
  expect(marked.some((m) => m.startsWith("lavado") || m.startsWith("activo"))).toBe(true);
  expect(marked.filter((m) => FUNCTION_WORDS.includes(m))).toEqual([]);
  // The document whose body has "**lavado de activos**" shows it marked, without the asterisks.
  await expect(results.locator("article p", { hasText: /lavado de activos/i }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("“cybersecurity” puts the document with the word in its title first", async ({ page }) => {
  const api = await (await page.request.get("/api/search?q=cybersecurity")).json();
  expect(api.hits.length).toBeGreaterThan(1);
  expect(api.hits[0].title).toMatch(/cybersecurity/i);
  await page.goto("/en/search?q=cybersecurity");
  await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 }).first()).toHaveText(/cybersecurity/i);
});

test("“lavado de activos” finds documents with “lavado” or “activos” in their own language, or the phrase's synonyms, every word first", async ({ page }) => {
  const all = await (await page.request.get("/api/search?pageSize=50")).json();
  const api = await (await page.request.get("/api/search?q=lavado%20de%20activos&pageSize=50")).json();
  // Before, "de" alone made most of the hub match, and the Spanish stem of "activos" made
  // English documents saying "active" match.
  expect(api.total).toBeGreaterThan(0);
  expect(api.total).toBeLessThan(all.total / 3);
  // Other tests publish documents too: one has "Lavado de activos" in an attached PDF.
  type Hit = { title: string; snippet: string; tags: string[]; language: string; attachment: { snippet: string } | null };
  const text = (h: Hit) => `${h.title} ${h.tags.join(" ")} ${h.snippet} ${h.attachment?.snippet ?? ""}`;
  for (const hit of api.hits as Hit[]) {
    // An English document by the synonyms; a Spanish one by the words or their Spanish stems.
    expect(text(hit), hit.title).toMatch(hit.language === "en" ? /launder|lavado|activos/i : /lavado|activ|blanqueo/i);
    expect(text(hit), hit.title).not.toMatch(/^(?!.*(launder|lavado|blanqueo)).*<mark>active<\/mark>/is);
  }
  const both = /lavado<\/mark> de <mark>activos|lavado de activos|money laundering|launder/i;
  for (const hit of (api.hits as Hit[]).slice(0, 2)) expect(text(hit), hit.title).toMatch(both);
});

test("a misspelled word shows the corrected query's results, and offers the words as typed", async ({ page }) => {
  await page.goto("/en/search?q=cibersegurdad");
  const correction = page.getByText("Showing results for");
  await expect(correction).toHaveText("Showing results for ciberseguridad.");
  await expect(correction.locator("em")).toHaveText("ciberseguridad");
  await expect(page.getByRole("status").filter({ hasText: "result" })).toContainText("for “ciberseguridad”");
  await expect(page.getByText("cibersegurdad”")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const instead = page.getByRole("link", { name: "cibersegurdad" });
  await expect(instead).toHaveAttribute("href", /q=cibersegurdad&verbatim=1/);
  await expect(page.getByText("Search instead for")).toBeVisible();
  await instead.click();
  await expect(page).toHaveURL(/verbatim=1/);
  await expect(page.getByRole("status").filter({ hasText: "result" })).toHaveText("No results for “cibersegurdad”");
  await expect(page.getByText("Showing results for")).toHaveCount(0);
});

test("the correction reads naturally in Spanish", async ({ page }) => {
  await page.goto("/es/search?q=cibersegurdad");
  const correction = page.getByText("Se muestran resultados de");
  await expect(correction).toHaveText("Se muestran resultados de ciberseguridad.");
  await expect(correction.locator("em")).toHaveText("ciberseguridad");
  await expect(page.getByText("Buscar en su lugar")).toContainText("Buscar en su lugar cibersegurdad");
  await expect(page.getByRole("link", { name: "cibersegurdad" })).toHaveAttribute("href", /verbatim=1/);
  await expectNoAxeViolations(page);
});

test("the API says which query it answered and searches the words as typed on request", async ({ page }) => {
  const corrected = await (await page.request.get("/api/search?q=cibersegurdad")).json();
  expect(corrected.correctedQuery).toBe("ciberseguridad");
  expect(corrected.total).toBeGreaterThan(0);
  const typed = await (await page.request.get("/api/search?q=cibersegurdad&verbatim=1")).json();
  expect(typed).toMatchObject({ correctedQuery: null, total: 0 });
  const bad = await page.request.get("/api/search?q=cibersegurdad&verbatim=maybe");
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).error.fieldErrors)).toEqual(["verbatim"]);
});
