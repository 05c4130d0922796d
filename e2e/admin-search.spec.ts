// The admin search page: the engine, the counts and the backlog, a rebuild started from the
// button that finishes, in both languages; other people get a 404.
import { expect, test } from "./support/test";
import { signInAndWait } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test("an admin sees the index status and rebuilds the index", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAndWait(page, "admin@puente.test");
  await page.goto("/en/admin/search");
  await expect(page.getByRole("heading", { level: 1, name: "Search index" })).toBeVisible();
  await expect(page.getByText("PostgreSQL (built in)")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Rebuild index" }).click();
  await expect(page.locator("#reindex-status")).toContainText(/The rebuild started|A rebuild is already running/);
  // The duration is formatted for the locale: a rebuild of a second or more reads "1,191 ms".
  await expect(page.getByText(/^Finished .*documents in \d{1,3}(,\d{3})* ms\.$/)).toBeVisible({ timeout: 60_000 });
  await page.goto("/es/admin/search");
  await expect(page.getByRole("heading", { level: 1, name: "Índice de búsqueda" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reconstruir índice" })).toBeVisible();
});

test("the search admin page is not there for a member", async ({ page }) => {
  await signInAndWait(page, "member@puente.test");
  const response = await page.goto("/en/admin/search");
  expect(response?.status()).toBe(404);
});
