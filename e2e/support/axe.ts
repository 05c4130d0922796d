// One WCAG 2.1 AA check for every browser test, so that all of them wait for the same settled page.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Fails with every violation's rule and elements, labelled (by default with the page's URL).
 * Next.js streams a dynamic page's metadata and replaces the <title> when a server action
 * refreshes the page, so axe waits for a title to be there rather than catch the swap.
 */
export async function expectNoAxeViolations(page: Page, options: { label?: string; include?: string } = {}) {
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  if (options.include) builder.include(options.include);
  const { violations } = await builder.analyze();
  const label = options.label ?? page.url();
  expect(violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
