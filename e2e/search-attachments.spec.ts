// A word that occurs only on page 3 of a PDF: once the document is published, a visitor's
// search finds it and the result says which file and page, linking to that page of the PDF.
import { expect, test } from "./support/test";
import { makePdf } from "../lib/extract/testing/make-pdf";
import { signInAndWait } from "./support/auth";

test.describe.configure({ mode: "serial" });

// Letters only, unique per run: no seeded text contains it.
const word = `zephyrine${Date.now().toString(36).replace(/[0-9]/g, (d) => "qwrtyplkjh"[Number(d)]!)}`;
const title = `Port inspections annex ${Date.now()}`;

test("a PDF attached to a published document is searchable by page", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const contributor = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInAndWait(contributor, "contributor@puente.test");
  await contributor.goto("/en/documents/new");
  await contributor.getByRole("link", { name: /Share a best practice/ }).click();
  await contributor.getByLabel("Title (required)").fill(title);
  await contributor.getByLabel("Summary").fill("Inspections of containers at the port of Buenaventura.");
  await contributor.getByRole("textbox", { name: "Text (Markdown)" }).fill("Inspectors checked containers before departure.");
  await contributor.getByLabel("Problem").fill("Containers left without inspection.");
  await contributor.getByLabel("Approach").fill("Joint inspection teams.");
  await contributor.getByLabel("Outcomes").fill("More seizures.");
  await contributor.getByRole("group", { name: "Focus areas" }).getByLabel("Agriculture and rural development").check();
  await contributor.getByRole("group", { name: "Countries" }).getByLabel("Colombia").check();
  await contributor.getByRole("button", { name: "Save draft" }).click();
  await expect(contributor).toHaveURL(/\/edit\?created=1$/);
  const documentUrl = contributor.url().replace("/edit?created=1", "");
  const pdf = Buffer.from(await makePdf([["Introduction"], ["Method"], [`Findings about ${word} in the port`]]));
  await contributor.getByLabel("Attach files").setInputFiles({ name: "port-annex.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(contributor.getByText("Text extracted from 3 pages.")).toBeVisible();
  await contributor.getByRole("button", { name: "Submit for review" }).click();
  await expect(contributor).toHaveURL(/\?outcome=submitted$/);

  const reviewer = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInAndWait(reviewer, "reviewer@puente.test");
  await reviewer.goto(documentUrl);
  await reviewer.getByRole("button", { name: "Publish" }).click();
  await expect(reviewer.getByText("Published.", { exact: true })).toBeVisible();

  // The worker indexes a publish within a second; allow for a slow machine.
  await expect(async () => {
    await page.goto(`/en/search?q=${word}`);
    await expect(page.getByRole("link", { name: "Found in port-annex.pdf, page 3" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 })).toHaveText([title]);
  const link = page.getByRole("link", { name: "Found in port-annex.pdf, page 3" });
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/api\/attachments\/[^#]+#page=3$/);
  const file = await page.request.get(href.replace(/#.*$/, ""));
  expect([file.status(), file.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  await expect(page.getByRole("region", { name: "Results" }).locator("mark", { hasText: word }).first()).toBeVisible();
});
