import { expect, test } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";

const pages = [
  "/en",
  "/es",
  "/en/focus-areas",
  "/es/focus-areas",
  "/en/focus-areas/cybersecurity",
  "/es/focus-areas/cybersecurity?type=RESEARCH",
  "/en/documents/real-time-crime-mapping-precinct-deployment",
  "/es/documents/binational-financial-tracking-trade-based-money-laundering",
  "/en/organizations/gulf-coast-joint-investigations-center",
  "/es/organizations/fundacion-tejido-territorial",
  "/en/documents/no-such-document",
  "/es/focus-areas/energy?year=2018&country=VE",
  "/en/results?by=organization",
  "/es/results?area=cybersecurity&by=country",
];

test.describe("WCAG 2.1 AA (axe)", () => {
  for (const path of pages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page, { label: path });
    });
  }
});

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await page.goto("/en/focus-areas");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("focus-area filters work from the keyboard", async ({ page }) => {
  await page.goto("/en/focus-areas/security-and-defense");
  await page.getByLabel("Year", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await page.getByRole("button", { name: "Apply filters" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/year=\d{4}/);
});
