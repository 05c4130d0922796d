// The seeded demo shows the product: phrases that exist only inside the seeded PDF and DOCX
// files find their documents with "Found in …", and the files download; the documents in
// review have waited for days and their reviewers were notified.
import { expect, test, type Page } from "./support/test";
import { attachments, documents } from "../prisma/seed/data";
import { signInAndWait } from "./support/auth";

const titleOf = (slug: string) => documents.find((d) => d.slug === slug)!.title;
const fileOf = (fileName: string) => attachments.find((a) => a.fileName === fileName)!;

async function searchInsideFile(page: Page, phrase: string, fileName: string, pageNumber: number) {
  const file = fileOf(fileName);
  // The phrase is in the file only, never in a document's own fields.
  expect(JSON.stringify(documents)).not.toContain(phrase);
  await page.goto(`/en/search?${new URLSearchParams({ q: `"${phrase}"` })}`);
  const results = page.getByRole("region", { name: "Results" });
  await expect(results.getByRole("heading", { level: 3 })).toHaveText([titleOf(file.document)]);
  const link = results.getByRole("link", { name: `Found in ${fileName}, page ${pageNumber}` });
  await expect(link).toBeVisible();
  await expect(results.locator("mark").filter({ hasText: phrase.split(" ")[0]! }).first()).toBeVisible();
  return (await link.getAttribute("href"))!;
}

test("a phrase inside a seeded PDF page finds its document, and the PDF downloads", async ({ page }) => {
  const href = await searchInsideFile(page, "Protocolo Garza Azul", "tbml-indicator-annex-2023.pdf", 3);
  expect(href).toMatch(/^\/api\/attachments\/[^#]+#page=3$/);
  const response = await page.request.get(href.replace(/#.*$/, ""));
  expect([response.status(), response.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  const body = await response.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(body.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(4);
});

test("a phrase inside a seeded DOCX finds its document, and the DOCX downloads", async ({ page }) => {
  const href = await searchInsideFile(page, "Libreta Verde de Cosecha", "acuerdo-veredal-tipo-catatumbo.docx", 1);
  const response = await page.request.get(href.replace(/#.*$/, ""));
  expect([response.status(), response.headers()["content-type"]]).toEqual([200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]);
  expect((await response.body()).subarray(0, 2).toString("latin1")).toBe("PK");
});

test("the review queue shows how long seeded work has waited, and its reviewers were notified", async ({ page }) => {
  const retention = titleOf("security-sector-personnel-retention-study");
  await signInAndWait(page, "reviewer.security@puente.test");
  await page.goto("/en/review");
  await expect(page.getByRole("link", { name: retention })).toBeVisible();
  // Oldest first; the seed submitted it six days before it ran.
  await expect(page.getByRole("main").locator("time").first()).toHaveText("6 days ago");
  await page.goto("/en/notifications");
  const notice = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: retention }) });
  await expect(notice).toContainText("Unread");
  await expect(notice).toContainText("Submitted for review");
  await expect(notice.locator("time")).toHaveText("Received 6 days ago");
});
