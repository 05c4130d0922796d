// Hostile input costs a worker thread, never the server: while a Markdown body that the
// parser needs minutes for is rendered, or a PDF of 150,000 pages or a DOCX that lies about
// its size is read, /api/health keeps answering quickly, and the page or the attachment ends
// in a clear state (plain text with a notice; a reason why no text was extracted).
import { expect, test, type APIRequestContext, type Page } from "./support/test";
import { makeManyPagePdf } from "../lib/extract/testing/make-pdf";
import { makeLyingDocx } from "../lib/extract/testing/make-zip";
import { signInAndWait } from "./support/auth";

// On a loaded two-core machine an idle health check takes tens of milliseconds; a server
// whose request thread is busy parsing takes seconds to minutes.
const HEALTHY_MS = 2_000;
const NOT_FORMATTED = "This text could not be formatted, so it is shown as plain text.";

/** Asks /api/health every 200 ms until stopped; the slowest answer and how many there were. */
function watchHealth(request: APIRequestContext) {
  let running = true;
  const times: number[] = [];
  const statuses = new Set<number>();
  const polling = (async () => {
    while (running) {
      const started = Date.now();
      const response = await request.get("/api/health", { timeout: 300_000 });
      times.push(Date.now() - started);
      statuses.add(response.status());
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    async stop() {
      running = false;
      await polling;
      const slowestMs = Math.max(...times);
      console.log(`${test.info().title.slice(0, 40)}…: /api/health answered ${times.length} times, the slowest in ${slowestMs} ms`);
      return { slowestMs, answers: times.length, statuses: [...statuses] };
    },
  };
}

async function createDraft(page: Page, fields: Record<string, string>): Promise<{ id: string; slug: string }> {
  const response = await page.request.post("/api/documents", {
    data: JSON.stringify({ type: "REPORT", language: "en", ...fields }),
    headers: { "content-type": "application/json" },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

async function upload(page: Page, id: string, name: string, bytes: Uint8Array) {
  const response = await page.request.post(`/api/documents/${id}/attachments`, {
    data: Buffer.from(bytes),
    headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(name) },
    timeout: 120_000,
  });
  expect(response.status()).toBe(201);
  return (await response.json()).attachment as { extractionStatus: string; extractionError: string | null };
}

test("a Markdown body that cannot be formatted in time shows as plain text, on the page and in the preview, while the server keeps answering", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signInAndWait(page, "contributor@puente.test");
  // An ordinary body is formatted on a worker of the production build.
  const ordinary = await createDraft(page, { title: `Ordinary body ${Date.now()}`, body: "Some **bold** text." });
  await page.goto(`/en/documents/${ordinary.slug}`);
  await expect(page.getByRole("region", { name: "Full text" }).locator("strong")).toHaveText("bold");
  await expect(page.getByText(NOT_FORMATTED)).toHaveCount(0);

  // 195 KB of "*a_": many minutes of parsing. The markup in front must come out as text.
  const body = `<b onclick="alert(1)">not bold</b>\n\n${"*a_".repeat(65_000)}`;
  const draft = await createDraft(page, { title: `Hostile body ${Date.now()}`, body });

  const health = watchHealth(request);
  await page.goto(`/en/documents/${draft.slug}`);
  await expect(page.getByText(NOT_FORMATTED)).toBeVisible();
  const content = page.getByRole("region", { name: "Full text" });
  await expect(content.getByText('<b onclick="alert(1)">not bold</b>')).toBeVisible();
  await expect(content.locator("b, em, strong")).toHaveCount(0);

  // The preview of another hostile body (198 KB of "*a_"), through the server action.
  await page.goto(`/en/documents/${draft.slug}/edit`);
  await page.getByRole("textbox", { name: "Text (Markdown)" }).fill("*a_".repeat(66_000));
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByRole("tabpanel", { name: "Preview" });
  await expect(preview.getByText(NOT_FORMATTED)).toBeVisible({ timeout: 60_000 });
  await expect(preview.locator("em")).toHaveCount(0);

  const { slowestMs, answers, statuses } = await health.stop();
  expect(statuses).toEqual([200]);
  expect(answers).toBeGreaterThan(10);
  expect(slowestMs).toBeLessThan(HEALTHY_MS);
});

test("a PDF of 150,000 pages exhausts only its worker: the upload ends with a timeout while the server keeps answering", async ({ page, request }) => {
  test.setTimeout(240_000);
  await signInAndWait(page, "contributor@puente.test");
  const draft = await createDraft(page, { title: `Endless PDF ${Date.now()}` });
  const pdf = await makeManyPagePdf(150_000); // about 2.4 MB

  const health = watchHealth(request);
  const attachment = await upload(page, draft.id, "endless.pdf", pdf);
  const { slowestMs, answers, statuses } = await health.stop();

  expect(attachment).toMatchObject({ extractionStatus: "FAILED", extractionError: "timeout" });
  expect(statuses).toEqual([200]);
  expect(answers).toBeGreaterThan(10);
  expect(slowestMs).toBeLessThan(HEALTHY_MS);
  await page.goto(`/en/documents/${draft.slug}/edit`);
  await expect(page.getByText("No text could be extracted (it took too long).", { exact: false })).toBeVisible();
});

test("a DOCX that declares 1 KB for 300 MB is stopped at the size limit while the server keeps answering", async ({ page, request }) => {
  test.setTimeout(180_000);
  await signInAndWait(page, "contributor@puente.test");
  const draft = await createDraft(page, { title: `Lying DOCX ${Date.now()}` });
  const docx = await makeLyingDocx(300 * 1024 * 1024, 1024); // about 300 KB

  const health = watchHealth(request);
  const attachment = await upload(page, draft.id, "informe.docx", docx);
  const { slowestMs, statuses } = await health.stop();

  expect(attachment).toMatchObject({ extractionStatus: "NO_TEXT", extractionError: "too_large" });
  expect(statuses).toEqual([200]);
  expect(slowestMs).toBeLessThan(HEALTHY_MS);
  await page.goto(`/en/documents/${draft.slug}/edit`);
  await expect(page.getByText("No text could be extracted (it unpacks to more than can be read safely).", { exact: false })).toBeVisible();
});
