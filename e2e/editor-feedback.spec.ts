// What a contributor sees while writing: the title's limit before it is reached and in the
// error once passed, the save's outcome beside the buttons (kept in view on a long form), no
// stale banner once they type again, and how to attach files to a document not saved yet.
import { expect, test, type Page } from "./support/test";
import { signInAndWait } from "./support/auth";

const title = (page: Page) => page.getByLabel("Title (required)");
const saveState = (page: Page) => page.getByTestId("save-state");

test.beforeEach(async ({ page }) => {
  await signInAndWait(page, "contributor@puente.test");
});

test("the title shows its limit, and a title past it is refused with the limit named", async ({ page }) => {
  await page.goto("/en/documents/new?type=REPORT");
  await expect(page.locator("#doc-title-count")).toHaveText("0 of 200 characters");
  await title(page).fill("x".repeat(201));
  await expect(page.locator("#doc-title-count")).toHaveText("1 character over the limit of 200. Shorten the text to save it.");
  await expect(title(page)).toHaveAttribute("aria-describedby", /doc-title-count/);

  await page.getByRole("button", { name: "Save draft" }).first().click();
  const summary = page.locator("#editor-status");
  await expect(summary.getByRole("heading", { name: "Fix the highlighted fields" })).toBeFocused();
  await expect(summary.getByRole("link", { name: "Title: At most 200 characters: shorten the text." })).toBeVisible();
  await expect(page.locator("#doc-title-error")).toHaveText("At most 200 characters: shorten the text.");
  await expect(saveState(page)).toHaveText("Not saved: see what to fix at the top of the form.");

  // Typing again: the summary describes a form that no longer exists, so it goes.
  await title(page).fill("x".repeat(200));
  await expect(summary).toBeEmpty();
  await expect(saveState(page)).toHaveText("You have unsaved changes.");
});

test("the limit is named in Spanish too", async ({ page }) => {
  await page.goto("/es/documents/new?type=REPORT");
  await page.getByLabel("Título (obligatorio)").fill("x".repeat(201));
  await page.getByRole("button", { name: "Guardar borrador" }).first().click();
  await expect(page.locator("#doc-title-error")).toHaveText("Como máximo 200 caracteres: acorte el texto.");
});

test("the save's outcome is beside the buttons, in view on a long form, and goes once the user types", async ({ page }) => {
  await page.goto("/en/documents/new?type=BEST_PRACTICE");
  await title(page).fill(`Sticky save bar ${Date.now()}`);
  await page.getByRole("button", { name: "Save draft" }).first().click();
  await expect(page).toHaveURL(/\/edit\?created=1$/);

  await page.getByLabel("Summary").fill("A summary typed after the first save.");
  await expect(saveState(page)).toHaveText("You have unsaved changes.");
  // At the top of the form, 4,000 px above its end, the buttons and the state are in view.
  await page.evaluate(() => window.scrollTo(0, 0));
  const save = page.getByRole("button", { name: "Save draft" });
  await expect(save).toBeInViewport();
  await save.click();
  await expect(saveState(page)).toHaveText(/^Saved at \d{1,2}:\d{2}/);
  await expect(saveState(page)).toBeInViewport();

  await page.getByLabel("Summary").fill("Edited again.");
  await expect(saveState(page)).toHaveText("You have unsaved changes.");
});

test("a new document says files come after the first save, and its button saves and leads there", async ({ page }) => {
  await page.goto("/en/documents/new?type=REPORT");
  const attachments = page.getByRole("region", { name: "Attachments" });
  await expect(attachments).toContainText("Files can be attached as soon as the draft is saved (it needs only a title).");
  await title(page).fill(`Attach after saving ${Date.now()}`);
  await attachments.getByRole("button", { name: "Save the draft to attach files" }).click();
  await expect(page).toHaveURL(/\/edit\?created=1$/);
  await page.getByRole("link", { name: "Attach files now" }).click();
  await expect(page.getByLabel("Attach files")).toBeInViewport();
});
