// Following in the browser, with the development mailbox: a member follows a focus area and a
// tag, a contributor's document is published, and each follow's digest arrives at once with
// the document; one digest is stopped by the one-click POST a mail program sends (RFC 8058),
// the other from the unsubscribe page, without signing in. Restricted and embargoed documents
// are checked by lib/digests/digests.int.test.ts, which can move the clock past an embargo.
import { expect, test, type Browser, type BrowserContext, type Page } from "./support/test";
import { asAdmin, signInAndWait } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

test.describe.configure({ mode: "serial" });

const MEMBER = "member@puente.test";
const stamp = Date.now();
const tag = `digest-${stamp}`;
const title = `Irrigation cooperatives in Boyacá ${stamp}`;

// Contexts a test opens are closed after it: left open, their pages keep a browser busy.
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US" });
  contexts.push(context);
  return context.newPage();
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await newPage(browser);
  await signInAndWait(page, email);
  return page;
}

/** The link containing `pathPart` in the newest mail to `to` whose text contains `subject`. */
async function mailLink(page: Page, to: string, subject: string, pathPart: string): Promise<string> {
  return asAdmin(page, async (admin) => {
    let href: string | null = null;
    await expect(async () => {
      await admin.goto(`/en/dev/mailbox?${new URLSearchParams({ to })}`);
      const mail = admin.getByRole("main").getByRole("listitem").filter({ hasText: subject }).first();
      href = await mail.getByRole("link").filter({ hasText: pathPart }).first().getAttribute("href", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    return href!;
  });
}

test("a member follows a focus area and a tag, and sees them on the preferences page", async ({ browser }) => {
  const member = await signedIn(browser, MEMBER);
  await member.goto("/en/focus-areas/agriculture-and-rural-development");
  await member.getByLabel("Email me new documents in Agriculture and rural development").selectOption("IMMEDIATE");
  await member.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(member.getByText("You follow it now: new documents will be emailed to you.")).toBeVisible();
  await expect(member.getByRole("button", { name: "Stop following Agriculture and rural development" })).toBeVisible();

  await member.goto(`/en/search?tag=${tag}`);
  await member.getByLabel(`Email me new documents in the tag “${tag}”`).selectOption("IMMEDIATE");
  await member.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(member.getByText("You follow it now: new documents will be emailed to you.")).toBeVisible();

  await member.goto("/en/account/following");
  const list = member.getByRole("list", { name: "What you follow" });
  await expect(list.getByRole("link", { name: "Agriculture and rural development" })).toBeVisible();
  await expect(list.getByRole("link", { name: `the tag “${tag}”` })).toBeVisible();
  await expect(member.getByLabel(`How often for the tag “${tag}”`)).toHaveValue("IMMEDIATE");
  await expectNoAxeViolations(member);
  await member.goto("/es/account/following");
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Lo que sigue");
  await expectNoAxeViolations(member);
});

test("a published document reaches each follow's digest at once, only once", async ({ browser }) => {
  test.setTimeout(120_000);
  const contributor = await signedIn(browser, "contributor@puente.test");
  await contributor.goto("/en/documents/new");
  await contributor.getByRole("link", { name: /Share a best practice/ }).click();
  await contributor.getByLabel("Title (required)").fill(title);
  await contributor.getByLabel("Summary").fill("Farmer cooperatives share irrigation schedules.");
  await contributor.getByRole("textbox", { name: "Text (Markdown)" }).fill("Cooperatives agreed on **shared** schedules.");
  await contributor.getByLabel("Problem").fill("Water ran out in the dry season.");
  await contributor.getByLabel("Approach").fill("Shared schedules.");
  await contributor.getByLabel("Outcomes").fill("Harvests held up.");
  await contributor.getByRole("group", { name: "Focus areas" }).getByLabel("Agriculture and rural development").check();
  await contributor.getByRole("group", { name: "Countries" }).getByLabel("Colombia").check();
  await contributor.getByLabel("Tags").fill(tag);
  await contributor.getByLabel("Tags").press("Enter");
  await contributor.getByRole("button", { name: "Save draft" }).click();
  await expect(contributor).toHaveURL(/\/edit\?created=1$/);
  const documentUrl = contributor.url().replace("/edit?created=1", "");
  await contributor.getByRole("button", { name: "Submit for review" }).click();
  await expect(contributor).toHaveURL(/\?outcome=submitted$/);
  const reviewer = await signedIn(browser, "reviewer@puente.test");
  await reviewer.goto(documentUrl);
  await reviewer.getByRole("button", { name: "Publish" }).click();
  await expect(reviewer.getByText("Published.", { exact: true })).toBeVisible();

  const slug = new URL(documentUrl).pathname.split("/").pop()!;
  expect(await mailLink(reviewer, MEMBER, "Agriculture and rural development", `/documents/${slug}`)).toContain(`/en/documents/${slug}`);
  expect(await mailLink(reviewer, MEMBER, `the tag “${tag}”`, `/documents/${slug}`)).toContain(`/en/documents/${slug}`);
  // The job runs every second here: after a few more runs, still one digest per follow.
  await reviewer.waitForTimeout(3_000);
  await asAdmin(reviewer, async (admin) => {
    await admin.goto(`/en/dev/mailbox?${new URLSearchParams({ to: MEMBER })}`);
    const digests = admin.getByRole("main").getByRole("listitem").filter({ hasText: `/en/documents/${slug}` });
    await expect(digests).toHaveCount(2);
  });
});

test("one digest stops by the mail program's one-click POST, the other from the unsubscribe page", async ({ browser, playwright }) => {
  const page = await newPage(browser);
  const areaLink = new URL(await mailLink(page, MEMBER, "Agriculture and rural development", "/unsubscribe?"));
  const tagLink = new URL(await mailLink(page, MEMBER, `the tag “${tag}”`, "/unsubscribe?"));

  // What a mail program sends: no cookies, the RFC 8058 body.
  const mailProgram = await playwright.request.newContext();
  const oneClick = `${areaLink.origin}/api/unsubscribe?${areaLink.searchParams}`;
  const first = await mailProgram.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(first.status()).toBe(200);
  expect((await mailProgram.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(404);

  // The page a person reaches from the email: a button, no sign-in.
  await page.goto(tagLink.pathname + tagLink.search);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("Done: you will no longer receive this digest.")).toBeVisible();

  const member = await signedIn(browser, MEMBER);
  await member.goto("/en/account/following");
  await expect(member.getByText("You follow nothing yet.")).toBeVisible();
  await mailProgram.dispose();
});
