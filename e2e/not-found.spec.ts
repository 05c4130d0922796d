import { expect, test } from "./support/test";
import { hiddenDocuments } from "../lib/testing/seeded-visibility";

test.describe("not found", () => {
  for (const path of [
    "/en/documents/no-such-document",
    "/es/documents/no-such-document",
    "/en/focus-areas/no-such-area",
    "/en/organizations/no-such-organization",
    "/en/documents/UPPER-case",
    "/en/no/such/page",
    "/es/nada",
  ]) {
    test(`${path} answers 404 with the not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const title = path.startsWith("/es") ? "Página no encontrada" : "Page not found";
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    });
  }

  test("every document an anonymous visitor may not read answers 404, never 500", async ({ request }) => {
    const hidden = hiddenDocuments();
    expect(hidden.length).toBeGreaterThan(0);
    for (const doc of hidden) {
      for (const locale of ["en", "es"]) {
        const response = await request.get(`/${locale}/documents/${doc.slug}`);
        expect(response.status(), `${doc.slug} (${doc.status ?? "PUBLISHED"}, ${doc.visibility ?? "PUBLIC"})`).toBe(404);
        expect(await response.text()).not.toContain(doc.title);
      }
    }
  });

  test("hidden documents appear in no list", async ({ page }) => {
    const titles = hiddenDocuments().map((doc) => doc.title);
    for (const path of ["/en", "/en/focus-areas/security-and-defense", "/en/organizations/fundacion-tejido-territorial", "/en/organizations/gulf-coast-joint-investigations-center"]) {
      await page.goto(path);
      const text = await page.locator("body").innerText();
      for (const title of titles) expect(text, `${title} on ${path}`).not.toContain(title);
    }
  });
});
