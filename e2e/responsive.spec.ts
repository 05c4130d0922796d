import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";

// Runs in the "phone" project (Pixel 7 viewport).
for (const path of ["/en", "/es/focus-areas/security-and-defense", "/en/documents/real-time-crime-mapping-precinct-deployment", "/en/results?by=organization", "/es/results"]) {
  test(`${path} fits a phone screen without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: /Main navigation|Navegación principal/ })).toBeVisible();
  });
}

for (const path of ["/en/results", "/es/results?area=cybersecurity&by=country"]) {
  test(`${path} passes WCAG 2.1 AA (axe) at phone width, with the phone chart`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("svg[role=img]:visible").first()).toHaveAttribute("viewBox", /^0 0 320 /);
    await expectNoAxeViolations(page);
  });
}
