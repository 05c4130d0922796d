import { expect, test } from "./support/test";

test("markup pasted into a document body cannot run or embed anything", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto("/en/documents/container-risk-profiling-shared-indicators");
  await expect(page.getByRole("heading", { name: /Appendix/ })).toBeVisible();
  const body = page.locator(".prose-doc");
  await expect(body.locator("script")).toHaveCount(0);
  await expect(body.locator("iframe")).toHaveCount(0);
  await expect(body.locator("[onerror], [onclick], [onload]")).toHaveCount(0);
  await expect(body.locator('a[href^="javascript:" i]')).toHaveCount(0);
  for (const link of await body.locator("a").all()) {
    await link.click({ modifiers: ["Control"], trial: true });
  }
  expect(dialogs).toEqual([]);
});

test("GET /api/health reports a reachable, migrated database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { current: true, pending: [] } });
});

test("responses carry the basic security headers", async ({ request }) => {
  const response = await request.get("/en");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});
