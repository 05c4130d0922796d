// The header search's completions (WAI-ARIA 1.2 combobox, list autocomplete) on the production
// build and the seed: what typing shows, the keys, a click and a tap, axe with the popup open
// in both languages at phone and desktop widths, and completions only from documents the
// viewer may read.
import { expect, test, type Page } from "./support/test";
import { can } from "../lib/policies/can";
import { documents } from "../prisma/seed/data";
import { signInAndWait } from "./support/auth";
import { accessOf, viewerFor } from "./support/seed-viewers";
import { expectNoAxeViolations } from "./support/axe";

const PREFIX = "colom"; // "Colombia …": several titles
const NOWHERE = "qxvwzjkfpq";
const MEMBER = "member.a@puente.test";

const names = {
  en: { input: "Search documents", listbox: "Search suggestions", count: (n: number) => `${n} suggestion${n === 1 ? "" : "s"} available` },
  es: { input: "Buscar documentos", listbox: "Sugerencias de búsqueda", count: (n: number) => `${n} sugerencia${n === 1 ? "" : "s"} disponible${n === 1 ? "" : "s"}` },
};
type Locale = keyof typeof names;

const combobox = (page: Page, locale: Locale = "en") => page.getByRole("combobox", { name: names[locale].input });
const listbox = (page: Page, locale: Locale = "en") => page.getByRole("listbox", { name: names[locale].listbox });
const isSuggest = (url: string, q?: string) => url.includes("/api/search/suggest") && (q === undefined || new URL(url).searchParams.get("q") === q);

async function suggestionsFor(page: Page, q: string): Promise<string[]> {
  const response = await page.request.get(`/api/search/suggest?${new URLSearchParams({ q })}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { suggestions: string[] }).suggestions;
}

/** The popup is open and shows `expected` (the endpoint's answer, at most 8). */
async function expectOptions(page: Page, expected: string[], locale: Locale = "en") {
  await expect(combobox(page, locale)).toHaveAttribute("aria-expanded", "true");
  await expect(listbox(page, locale).getByRole("option")).toHaveText(expected.slice(0, 8));
}

async function typeAndOpen(page: Page, text: string, expected: string[], locale: Locale = "en") {
  await combobox(page, locale).pressSequentially(text, { delay: 20 });
  await expectOptions(page, expected, locale);
}

/** The search page for exactly `q` (however the browser encoded it). */
async function expectSearchFor(page: Page, locale: Locale, q: string) {
  await page.waitForURL((url) => url.pathname === `/${locale}/search` && url.searchParams.get("q") === q);
  await expect(page.getByLabel(locale === "en" ? "Search terms" : "Términos de búsqueda")).toHaveValue(q);
}

const announcement = (page: Page, locale: Locale, count: number) => page.getByRole("status").filter({ hasText: names[locale].count(count) });

/** Types `text`, waits for its answer, and checks that no popup opened for it. */
async function typeAndExpectNoPopup(page: Page, text: string) {
  const answered = page.waitForResponse((r) => isSuggest(r.url(), text));
  await combobox(page).pressSequentially(text, { delay: 20 });
  await (await answered).finished();
  // Nothing appears to wait for: the answer gets a moment to be rendered before the check.
  await page.waitForTimeout(400);
  await expect(combobox(page)).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await expect(page.getByRole("option")).toHaveCount(0);
}

test("typing offers the completions; the arrows highlight them; Enter searches the highlighted one", async ({ page }) => {
  const expected = await suggestionsFor(page, PREFIX);
  expect(expected.length, `"${PREFIX}" has enough completions to go round`).toBeGreaterThanOrEqual(3);
  await page.goto("/en");
  const input = combobox(page);
  await expect(input).toHaveAttribute("aria-autocomplete", "list");
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await typeAndOpen(page, PREFIX, expected);
  const listboxId = await listbox(page).getAttribute("id");
  await expect(input).toHaveAttribute("aria-controls", listboxId!);
  await expect(announcement(page, "en", Math.min(8, expected.length))).toHaveCount(1);
  await expect(input).not.toHaveAttribute("aria-activedescendant");

  const options = listbox(page).getByRole("option");
  const count = await options.count();
  const expectActive = async (index: number) => {
    await expect(input).toHaveAttribute("aria-activedescendant", (await options.nth(index).getAttribute("id"))!);
    for (let i = 0; i < count; i++) await expect(options.nth(i)).toHaveAttribute("aria-selected", String(i === index));
  };
  await input.press("ArrowDown");
  await expectActive(0);
  await input.press("ArrowDown");
  await expectActive(1);
  await input.press("ArrowUp");
  await input.press("ArrowUp"); // past the first: wraps to the last
  await expectActive(count - 1);
  await input.press("ArrowDown"); // past the last: wraps to the first
  await expectActive(0);
  await input.press("ArrowDown");
  // The field keeps what was typed until Enter chooses.
  await expect(input).toHaveValue(PREFIX);

  await input.press("Enter");
  await expectSearchFor(page, "en", expected[1]!);
});

test("Escape closes the list, a second Escape clears the field, Alt+ArrowDown opens it again", async ({ page }) => {
  const expected = await suggestionsFor(page, PREFIX);
  await page.goto("/en");
  const input = combobox(page);
  await typeAndOpen(page, PREFIX, expected);
  await input.press("ArrowDown");
  await input.press("Escape");
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await expect(input).not.toHaveAttribute("aria-activedescendant");
  await expect(listbox(page)).toBeHidden();
  await expect(input).toHaveValue(PREFIX);
  await expect(input).toBeFocused();

  await input.press("Alt+ArrowDown");
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expect(input).not.toHaveAttribute("aria-activedescendant");
  await input.press("Escape");
  await input.press("Escape");
  await expect(input).toHaveValue("");
  await expect(input).toHaveAttribute("aria-expanded", "false");

  // Enter with nothing highlighted searches the words as typed.
  await typeAndOpen(page, PREFIX, expected);
  await input.press("Enter");
  await expectSearchFor(page, "en", PREFIX);
});

test("Tab leaves the field and closes the list, as does a click elsewhere; a click on an option searches it", async ({ page }) => {
  const expected = await suggestionsFor(page, PREFIX);
  await page.goto("/en");
  const input = combobox(page);
  await typeAndOpen(page, PREFIX, expected);
  await input.press("ArrowDown");
  await input.press("Tab");
  await expect(page.getByRole("search", { name: "Site search" }).getByRole("button", { name: "Search", exact: true })).toBeFocused();
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await expect(input).toHaveValue(PREFIX);

  await input.focus();
  await input.press("Alt+ArrowDown");
  await expect(listbox(page)).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(listbox(page)).toBeHidden();

  await input.press("Alt+ArrowDown");
  await listbox(page).getByRole("option").nth(2).click();
  await expectSearchFor(page, "en", expected[2]!);
});

test("requests wait for a pause in typing, a newer query aborts an older one, and its late answer is ignored", async ({ page }) => {
  const later = await suggestionsFor(page, "colombia");
  await page.goto("/en");
  const asked: string[] = [];
  const aborted: string[] = [];
  page.on("request", (r) => isSuggest(r.url()) && asked.push(new URL(r.url()).searchParams.get("q")!));
  page.on("requestfailed", (r) => isSuggest(r.url()) && aborted.push(new URL(r.url()).searchParams.get("q")!));
  // The answer to "colom" is held back until after the answer to "colombia", and differs from it.
  await page.route((url) => isSuggest(url.href, PREFIX), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fulfill({ json: { suggestions: ["A stale answer"] } }).catch(() => undefined);
  });
  await combobox(page).pressSequentially(PREFIX, { delay: 20 });
  await expect.poll(() => asked).toEqual([PREFIX]); // one request for five quick keys
  await combobox(page).pressSequentially("bia", { delay: 20 });
  await expectOptions(page, later);
  await expect.poll(() => aborted).toContain(PREFIX);
  await page.waitForTimeout(1_800);
  await expect(listbox(page).getByRole("option")).toHaveText(later.slice(0, 8));

  // Blank input asks nothing and shows nothing.
  await combobox(page).fill("   ");
  await page.waitForTimeout(400);
  expect(asked.filter((q) => q.trim() === "")).toEqual([]);
  await expect(combobox(page)).toHaveAttribute("aria-expanded", "false");
});

test("at most 8 options are shown, whatever the endpoint answers", async ({ page }) => {
  const many = Array.from({ length: 12 }, (_, i) => `Colombia ${i + 1}`);
  await page.route((url) => isSuggest(url.href), (route) => route.fulfill({ json: { suggestions: many } }));
  await page.goto("/en");
  await typeAndOpen(page, PREFIX, many);
  await expect(announcement(page, "en", 8)).toHaveCount(1);
});

test("no popup opens when nothing completes the words", async ({ page }) => {
  await page.goto("/en");
  await typeAndExpectNoPopup(page, NOWHERE);
  await expect(page.getByRole("status").filter({ hasText: /suggestions? available/ })).toHaveCount(0);
});

for (const [label, viewport] of [["phone", { width: 375, height: 740 }], ["desktop", { width: 1280, height: 800 }]] as const) {
  for (const locale of ["en", "es"] as const) {
    test(`the open popup passes axe and fits the screen (${label}, ${locale})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const expected = await suggestionsFor(page, PREFIX);
      await page.goto(`/${locale}`);
      await typeAndOpen(page, PREFIX, expected, locale);
      await combobox(page, locale).press("ArrowDown");
      await expect(announcement(page, locale, Math.min(8, expected.length))).toHaveCount(1);
      await expectNoAxeViolations(page);
      const box = (await listbox(page, locale).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test.describe("on a touch screen", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test("a tap on an option searches it", async ({ page }) => {
    const expected = await suggestionsFor(page, PREFIX);
    await page.goto("/es");
    await typeAndOpen(page, PREFIX, expected, "es");
    await listbox(page, "es").getByRole("option").first().tap();
    await expectSearchFor(page, "es", expected[0]!);
  });
});

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * A prefix that completes a title only `email` may read (organization-only documents first):
 * no title or tag a visitor may read has a word starting with it.
 */
function hiddenPrefixFor(email: string): { prefix: string; title: string } {
  const [visitor, member] = [viewerFor(null), viewerFor(email)];
  const published = (d: (typeof documents)[number]) => (d.status ?? "PUBLISHED") === "PUBLISHED";
  const readable = documents.filter((d) => can(visitor, "view", accessOf(d))).flatMap((d) => [d.title, ...(d.tags ?? [])].map(fold));
  const restricted = documents
    .filter((d) => published(d) && can(member, "view", accessOf(d)) && !can(visitor, "view", accessOf(d)))
    .sort((a, b) => Number(b.visibility === "ORGANIZATION") - Number(a.visibility === "ORGANIZATION"));
  for (const doc of restricted) {
    for (const word of fold(doc.title).split(" ")) {
      const prefix = word.slice(0, 6);
      if (/^\p{L}{6,}$/u.test(word) && !readable.some((text) => text.startsWith(prefix) || text.includes(` ${prefix}`))) return { prefix, title: doc.title };
    }
  }
  throw new Error(`no title only ${email} may read`);
}

test("completions come only from documents the viewer may read", async ({ page }) => {
  test.setTimeout(60_000);
  const { prefix, title } = hiddenPrefixFor(MEMBER);
  await page.goto("/en");
  await typeAndExpectNoPopup(page, prefix);
  expect(await suggestionsFor(page, prefix)).not.toContain(title);

  await signInAndWait(page, MEMBER);
  await page.goto("/en");
  const expected = await suggestionsFor(page, prefix);
  expect(expected).toContain(title);
  await typeAndOpen(page, prefix, expected);
  await listbox(page).getByRole("option", { name: title }).click();
  await expectSearchFor(page, "en", title);
  await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { name: title })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the field is a plain search field whose form searches", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("combobox", { name: names.en.input })).toHaveCount(0);
    const field = page.getByRole("searchbox", { name: names.en.input });
    await field.fill("colombia");
    await field.press("Enter");
    await page.waitForURL((url) => url.pathname === "/en/search" && url.searchParams.get("q") === "colombia");
  });
});
