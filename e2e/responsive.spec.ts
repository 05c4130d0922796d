import { expect, test } from "@playwright/test";

// Runs in the "phone" project (Pixel 7 viewport).
for (const path of ["/en", "/es/focus-areas/security-and-defense", "/en/documents/real-time-crime-mapping-precinct-deployment"]) {
  test(`${path} fits a phone screen without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: /Main navigation|Navegación principal/ })).toBeVisible();
  });
}
