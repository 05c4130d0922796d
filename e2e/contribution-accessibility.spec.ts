// WCAG 2.1 AA (axe) on the contribution pages, in both languages, as the people who use them:
// the editor, history, "my documents" and notifications for a contributor; the review queue
// and a document's workflow panel for a reviewer.
import { expect, test, type Page } from "./support/test";
import { signInAndWait } from "./support/auth";
import { contributorDraft, inReviewDocument } from "./support/seed-documents";
import { expectNoAxeViolations } from "./support/axe";

async function expectPageAccessible(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  await expectNoAxeViolations(page, { label: path });
}

test("contributor pages", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAndWait(page, "contributor@puente.test");
  for (const path of [
    "/en/documents/new",
    "/en/documents/new?type=BEST_PRACTICE",
    "/es/documents/new?type=RESEARCH",
    "/en/documents/new?type=REPORT",
    `/en/documents/${contributorDraft.slug}/edit`,
    `/es/documents/${contributorDraft.slug}/edit`,
    `/en/documents/${contributorDraft.slug}/history`,
    `/en/documents/${contributorDraft.slug}`,
    "/en/my-documents",
    "/es/my-documents",
    "/en/notifications",
    "/es/notifications",
  ]) {
    await expectPageAccessible(page, path);
  }
});

test("the editor's error summary and preview pass axe", async ({ page }) => {
  await signInAndWait(page, "contributor@puente.test");
  await page.goto("/en/documents/new?type=BEST_PRACTICE");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Fix the highlighted fields")).toBeVisible();
  await page.getByRole("tab", { name: "Preview" }).click();
  await expectNoAxeViolations(page);
});

test("reviewer pages", async ({ page }) => {
  await signInAndWait(page, "reviewer@puente.test");
  for (const path of ["/en/review", "/es/review?type=RESEARCH", `/en/documents/${inReviewDocument.slug}`, `/es/documents/${inReviewDocument.slug}/history`]) {
    await expectPageAccessible(page, path);
  }
});
