// The contribution flow in the browser against the production build: a contributor writes a
// best practice with a PDF and submits it; the reviewer asks for changes; the contributor edits
// and resubmits; the reviewer publishes; a visitor reads it and downloads the PDF; the history
// shows every revision with a diff; a stale tab is refused; bad files get clear messages.
import { expect, test, type Browser, type Page } from "./support/test";
import { makePdf } from "../lib/extract/testing/make-pdf";
import { signInAndWait } from "./support/auth";

test.describe.configure({ mode: "serial" });

const title = `Rural land titling with community mediators ${Date.now()}`;
let editUrl = "";
let documentUrl = "";

async function asUser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInAndWait(page, email);
  return page;
}

async function fillBestPractice(page: Page) {
  await page.getByLabel("Title (required)").fill(title);
  await page.getByLabel("Summary").fill("Mediators from the community settled land disputes before titling.");
  await page.getByRole("textbox", { name: "Text (Markdown)" }).fill("## Context\n\nDisputes over **land** blocked titling for years.");
  await page.getByLabel("Problem").fill("Unclear land tenure.");
  await page.getByLabel("Approach").fill("Trained community mediators.");
  await page.getByLabel("Outcomes").fill("1,200 titles issued.");
  await page.getByRole("group", { name: "Focus areas" }).getByLabel("Agriculture and rural development").check();
  await page.getByRole("group", { name: "Countries" }).getByLabel("Colombia").check();
}

test("a contributor writes a best practice, attaches a PDF and submits it", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await asUser(browser, "contributor@puente.test");
  await page.goto("/en/documents/new");
  await page.getByRole("link", { name: /Share a best practice/ }).click();
  await fillBestPractice(page);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/edit\?created=1$/);
  editUrl = page.url().replace("?created=1", "");
  documentUrl = editUrl.replace(/\/edit$/, "");

  const pdf = Buffer.from(await makePdf([["Lavado de activos en puertos"], ["Community mediators, page two"]]));
  await page.getByLabel("Attach files").setInputFiles({ name: "mediation-report.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(page.getByText("mediation-report.pdf was attached.")).toBeVisible();
  await expect(page.getByText("Text extracted from 2 pages.")).toBeVisible();

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\?outcome=submitted$/);
  await expect(page.getByTestId("document-status")).toHaveText("In review");
});

test("the reviewer requests changes, the contributor edits and resubmits, the reviewer publishes", async ({ browser }) => {
  test.setTimeout(90_000);
  const reviewer = await asUser(browser, "reviewer@puente.test");
  await reviewer.goto("/en/review");
  await reviewer.getByRole("link", { name: title }).click();
  await reviewer.getByLabel("Comment for the author").fill("Please add how many disputes were settled.");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByText("Changes requested. The author was notified.")).toBeVisible();

  const contributor = await asUser(browser, "contributor@puente.test");
  await contributor.goto("/en/notifications");
  await expect(contributor.getByText("Please add how many disputes were settled.")).toBeVisible();
  await contributor.goto(editUrl);
  await expect(contributor.getByText("Please add how many disputes were settled.")).toBeVisible();
  await contributor.getByLabel("Outcomes").fill("1,200 titles issued; 340 disputes settled.");
  await contributor.getByRole("button", { name: "Submit for review" }).click();
  await expect(contributor).toHaveURL(/\?outcome=submitted$/);

  await reviewer.goto(documentUrl);
  await reviewer.getByRole("button", { name: "Publish" }).click();
  await expect(reviewer.getByText("Published.", { exact: true })).toBeVisible();
  await expect(reviewer.getByTestId("document-status")).toHaveText("Published");
});

test("an anonymous visitor reads the published document and downloads its PDF", async ({ page }) => {
  await page.goto(documentUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("340 disputes settled")).toBeVisible();
  const link = page.getByRole("link", { name: "mediation-report.pdf" });
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain("mediation-report.pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the history lists every revision and shows what changed", async ({ browser }) => {
  const page = await asUser(browser, "contributor@puente.test");
  await page.goto(`${documentUrl}/history`);
  const revisions = page.getByRole("region", { name: "Revisions" }).getByRole("listitem");
  await expect(revisions).toHaveCount(3); // created, PDF attached, outcomes edited
  await expect(page.getByRole("heading", { name: "Changes from revision 2 to revision 3" })).toBeVisible();
  await expect(page.locator("ins", { hasText: "340" }).first()).toBeVisible();
  await page.getByLabel("From revision", { exact: true }).selectOption("1");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { name: "Changes from revision 1 to revision 3" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Changes from revision 1 to revision 3" }).getByText("mediation-report.pdf")).toBeVisible();
});

test("a second tab editing an older version is refused and keeps its text", async ({ browser }) => {
  const first = await asUser(browser, "contributor@puente.test");
  const second = await first.context().newPage();
  await first.goto(editUrl);
  await second.goto(editUrl);
  await first.getByLabel("Problem").fill("Unclear land tenure and overlapping claims.");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText(/^Saved at/)).toBeVisible();

  await second.getByLabel("Problem").fill("Text typed in the stale tab.");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("This document changed since you opened it. Your text is still here; nothing was saved.")).toBeVisible();
  await expect(second.getByRole("link", { name: /Compare the versions/ })).toHaveAttribute("href", /\/history\?from=\d+&to=\d+/);
  await expect(second.getByLabel("Problem")).toHaveValue("Text typed in the stale tab.");
});

test("an oversized file and a renamed executable are refused with clear messages", async ({ browser }) => {
  const page = await asUser(browser, "contributor@puente.test");
  await page.goto(editUrl);
  const big = Buffer.alloc(6 * 1024 * 1024, 32);
  await page.getByLabel("Attach files").setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: big });
  await expect(page.getByText("Files can be at most 5 MB. Compress or split the file, then attach it again.", { exact: true })).toBeVisible();

  const { readFile } = await import("node:fs/promises");
  const executable = (await readFile(process.execPath)).subarray(0, 64 * 1024);
  await page.getByLabel("Attach files").setInputFiles({ name: "budget.pdf", mimeType: "application/pdf", buffer: executable });
  await expect(page.locator("p:not(.sr-only)", { hasText: /This file’s content is not a PDF even though its name ends in \.pdf/ })).toBeVisible();

  // The server enforces the same limits for any client.
  const id = await page.locator('input[name="documentId"]').inputValue();
  const response = await page.request.post(`/api/documents/${id}/attachments`, { data: big, headers: { "content-type": "application/octet-stream", "x-file-name": "huge.pdf" } });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.code).toBe("file_too_large");
});
