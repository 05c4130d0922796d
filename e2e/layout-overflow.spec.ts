// Nothing a contributor types can widen the page: a document whose title, summary, body, tags,
// metric labels and other fields hold a 2,000-character word and a 200-character URL (and a user
// with a 100-character name) is shown on every main page, in both languages, on a 390 px phone
// and a 1366 px desktop, and the page never scrolls sideways. Long content wraps, or scrolls
// inside its own box (tables, code). Also: the phone header's menu passes axe, opened and closed.
import { expect, test, type Browser, type Page } from "./support/test";
import { signIn, signInAndWait, uniqueEmail } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const longWord = `Overflow${run}`.padEnd(2000, "x");
const longUrl = `https://example.org/${"path".repeat(45)}`.padEnd(200, "p");
const word = (length: number, seed = "w") => `${seed}${run}`.padEnd(length, "y");
const searchTerm = `layoutprobe${run}`;
const longName = word(100, "Name");
const widths = [390, 1366] as const;
const locales = ["en", "es"] as const;

const body = [
  `A paragraph with ${longWord} in it, then ${longUrl} as a bare link, and [a link](${longUrl}).`,
  `Inline code: \`${word(600, "code")}\``,
  "```",
  `const line = "${word(800, "pre")}";`,
  "```",
  `| Heading | ${word(300, "th")} |`,
  "|---|---|",
  `| ${longUrl} | ${word(300, "td")} |`,
  "",
  `> ${word(500, "quote")}`,
  "",
  `- ${word(500, "item")}`,
  "",
  `## ${word(300, "heading")}`,
].join("\n\n");

function documentInput(title: string, focusAreaId: string) {
  return {
    type: "RESEARCH",
    language: "en",
    title: `${title} ${word(200 - title.length - 1, "title")}`,
    summary: `${searchTerm} ${word(700, "summary")} ${longUrl}`,
    body,
    abstract: `${word(2000, "abstract")} ${longUrl}`,
    methodology: longWord,
    authorNames: [word(120, "author"), "Ana Ruiz"],
    doi: `10.1234/${word(150, "doi")}`,
    url: longUrl,
    focusAreaIds: [focusAreaId],
    countries: ["CO"],
    tags: [word(40, "tag").toLowerCase(), "layout"],
    metrics: [{ label: word(120, "metric"), value: "1234567890123456.1234", unit: word(40, "unit"), year: "2024" }],
    publicationDate: new Date().toISOString().slice(0, 10),
    submit: true,
  };
}

async function asUser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInAndWait(page, email);
  return page;
}

let published = "";
let inReview = "";

test("set up: a published document and one in review, full of long words and URLs, and a user with a long name", async ({ browser }) => {
  test.setTimeout(120_000);
  const contributor = await asUser(browser, "contributor@puente.test");
  await contributor.goto("/en/documents/new?type=RESEARCH");
  const areaId = await contributor.getByRole("group", { name: "Focus areas" }).getByLabel("Security and defense").getAttribute("value");
  for (const title of [`Published ${searchTerm}`, `In review ${searchTerm}`]) {
    const response = await contributor.request.post("/api/documents", { data: JSON.stringify(documentInput(title, areaId!)), headers: { "content-type": "application/json" } });
    expect(response.status(), await response.text()).toBe(201);
    const { slug } = (await response.json()) as { slug: string };
    if (title.startsWith("Published")) published = slug;
    else inReview = slug;
  }
  const reviewer = await asUser(browser, "reviewer@puente.test");
  await reviewer.goto(`/en/documents/${published}`);
  await reviewer.getByRole("button", { name: "Publish" }).click();
  await expect(reviewer.getByTestId("document-status")).toHaveText("Published");

  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/sign-up");
  await page.getByLabel("Full name").fill(longName);
  await page.getByLabel("Email").fill(uniqueEmail("long-name"));
  await page.getByLabel("Password", { exact: true }).fill("quiet river lantern orchard");
  await page.getByLabel("Confirm the password").fill("quiet river lantern orchard");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Almost done: check your email")).toBeVisible();
});

const personas: { email: string | null; pages: (locale: string) => string[] }[] = [
  {
    email: null,
    pages: (l) => [
      `/${l}`, `/${l}/focus-areas/security-and-defense`, `/${l}/documents/${published}`,
      `/${l}/search?q=${searchTerm}`, `/${l}/organizations/fundacion-tejido-territorial`,
    ],
  },
  {
    email: "contributor@puente.test",
    pages: (l) => [`/${l}/my-documents`, `/${l}/documents/${published}/edit`, `/${l}/documents/${published}/history`, `/${l}/documents/${inReview}`],
  },
  { email: "reviewer@puente.test", pages: (l) => [`/${l}/review`, `/${l}/notifications`, `/${l}/documents/${inReview}`] },
  { email: "admin@puente.test", pages: (l) => [`/${l}/admin/users?q=${longName.slice(0, 20)}`, `/${l}/admin`] },
];

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const persona of personas) {
  test(`no page scrolls sideways for ${persona.email ?? "a visitor"}, at 390 and 1366 px, in both languages`, async ({ browser }) => {
    test.setTimeout(180_000);
    const page = persona.email ? await asUser(browser, persona.email) : await (await browser.newContext()).newPage();
    const overflowing: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      for (const locale of locales) {
        for (const path of persona.pages(locale)) {
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          const overflow = await sidewaysScroll(page);
          if (overflow > 0) overflowing.push(`${path} at ${width} px: ${overflow} px too wide`);
        }
      }
    }
    expect(overflowing).toEqual([]);
  });
}

test("the long content is on the pages (the check above looked at the right thing)", async ({ page }) => {
  await page.goto(`/en/documents/${published}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Published ${searchTerm}`);
  await expect(page.locator(".prose-doc")).toContainText(longWord);
  await expect(page.getByRole("rowheader", { name: word(120, "metric") })).toBeVisible();
  await page.goto(`/en/search?q=${searchTerm}`);
  await expect(page.getByRole("link", { name: new RegExp(`Published ${searchTerm}`) })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the document's date, organization and authors are under its title, not after the text", async ({ page }) => {
    await page.goto("/en/documents/real-time-crime-mapping-precinct-deployment");
    const byline = page.getByTestId("document-byline");
    await expect(byline).toBeInViewport();
    await expect(byline).toContainText(/^Published [A-Z][a-z]+ \d{1,2}, \d{4}/);
    await expect(byline.getByRole("link")).toHaveAttribute("href", /\/en\/organizations\//);
  });

  test("My documents, the review queue and the user list are cards with the status on screen", async ({ browser }) => {
    for (const [email, path, list, status] of [
      ["contributor@puente.test", "/en/my-documents", "My documents", "Status"],
      ["reviewer@puente.test", "/es/review", "Cola de revisión", "Estado"],
      ["admin@puente.test", "/en/admin/users", "Users", "Status"],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await signIn(page, email);
      await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
      await page.goto(path);
      await expect(page.getByRole("table")).toBeHidden();
      const first = page.getByRole("main").getByRole("list", { name: list }).getByRole("listitem").first();
      await expect(first.getByRole("term").filter({ hasText: status })).toBeInViewport({ ratio: 1 });
      await expect(first.getByRole("definition").first()).toBeInViewport({ ratio: 1 });
      await context.close();
    }
  });
});

test.describe("the phone header", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const locale of locales) {
    test(`is one row and a menu button, which passes axe closed and open (${locale})`, async ({ page }) => {
      await signIn(page, "admin@puente.test", undefined, locale);
      const menu = page.locator("header summary");
      await expect(menu).toBeVisible();
      const header = await page.locator("header").boundingBox();
      expect(header!.height).toBeLessThanOrEqual(130);
      await expectNoAxeViolations(page, { include: "header" });

      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await menu.focus();
      await page.keyboard.press("Enter");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      const signOut = locale === "es" ? "Cerrar sesión" : "Sign out";
      await expect(page.getByRole("button", { name: signOut })).toBeVisible();
      await expectNoAxeViolations(page, { include: "header" });

      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();
      await expect(page.getByRole("button", { name: signOut })).toBeHidden();

      // A link in the menu navigates and the menu closes behind it.
      await menu.click();
      await page.getByRole("link", { name: locale === "es" ? "Notificaciones" : "Notifications" }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/notifications$`));
      await expect(menu).toHaveAttribute("aria-expanded", "false");
    });
  }

  test("opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, "admin@puente.test");
    await page.waitForURL((url) => !url.pathname.includes("sign-in"));
    await page.goto("/en/focus-areas");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
    await page.locator("header summary").click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await context.close();
  });
});
