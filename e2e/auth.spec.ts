import { expect, test, type Page } from "./support/test";
import { DEMO_PASSWORD, linkFromMailbox, signIn, signInAndWait, signOut, uniqueEmail } from "./support/auth";
import { inReviewDocument, membersOnlyDocument, orgADocument } from "./support/seed-documents";

test("sign up, confirm by email, read members-only material, sign out and lose it", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  const password = "quiet river lantern orchard";
  await page.goto("/en/sign-up");
  await page.getByLabel("Full name").fill("Laura Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm the password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Almost done: check your email")).toBeVisible();

  await signIn(page, email, password);
  await expect(page.getByText("Please confirm your email address first.")).toBeVisible();

  await page.goto(await linkFromMailbox(page, email, "/en/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();

  const documentPath = `/en/documents/${membersOnlyDocument.slug}`;
  expect((await page.request.get(documentPath)).status()).toBe(404);
  await signInAndWait(page, email, password);
  const response = await page.goto(documentPath);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(membersOnlyDocument.title);

  await signOut(page);
  expect((await page.goto(documentPath))?.status()).toBe(404);
});

test("a member of org A reads its organization-only document; a member of org B gets 404", async ({ browser }) => {
  const path = `/en/documents/${orgADocument.slug}`;
  for (const [email, status] of [["member.a@puente.test", 200], ["member.b@puente.test", 404]] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAndWait(page, email);
    expect((await page.goto(path))?.status(), email).toBe(status);
    await context.close();
  }
});

/** Saves a role on the admin's user page and waits for the server action to answer. */
async function saveRole(admin: Page, role: string) {
  await admin.getByRole("combobox", { name: "Role" }).selectOption(role);
  await Promise.all([
    admin.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/admin/users/")),
    admin.getByRole("button", { name: "Save role" }).click(),
  ]);
  await expect(admin.getByText("The role was saved.")).toBeVisible();
}

test("a role changed by an admin applies on the user's next request", async ({ browser }) => {
  const member = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();
  const path = `/en/documents/${inReviewDocument.slug}`;
  await signInAndWait(member, "member@puente.test");
  expect((await member.goto(path))?.status()).toBe(404);

  await signInAndWait(admin, "admin@puente.test");
  await admin.goto("/en/admin/users?q=member%40puente.test");
  await admin.getByRole("row", { name: /\bmember@puente\.test/ }).getByRole("link").click();
  await expect(admin.getByRole("heading", { name: "Access" })).toBeVisible();
  await saveRole(admin, "REVIEWER");
  try {
    expect((await member.goto(path))?.status()).toBe(200);
  } finally {
    await saveRole(admin, "MEMBER");
  }
  expect((await member.goto(path))?.status()).toBe(404);
});

const slowedMessage = /Too many wrong passwords for this account\. For your security, wait (\d+) seconds?/;

/** Wrong passwords until the account has to wait 8 s: 5 free failures, then one after each of the 2 s and 4 s delays. */
async function failUntilDelayIsLong(page: Page, email: string) {
  for (let attempt = 1; attempt <= 7; attempt++) {
    if (attempt > 5) await page.waitForTimeout(attempt === 6 ? 2_500 : 4_500);
    await signIn(page, email, `wrong password number ${attempt}`);
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
}

test("wrong passwords slow an account down without locking its owner out", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = "contributor.civic@puente.test";
  const ghost = await (await browser.newContext()).newPage();
  await Promise.all([failUntilDelayIsLong(page, email), failUntilDelayIsLong(ghost, "nobody-here@example.org")]);
  // Inside the delay even the right password is refused, unchecked; an address with no
  // account gets the same answer, so the delay reveals nothing.
  await Promise.all([signIn(page, email, DEMO_PASSWORD), signIn(ghost, "nobody-here@example.org", "one more guess")]);
  await expect(page.getByText(slowedMessage)).toBeVisible();
  await expect(ghost.getByText(slowedMessage)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
  // Once the delay has passed, the right password signs in.
  const seconds = Number(slowedMessage.exec(await page.getByText(slowedMessage).innerText())![1]);
  await page.waitForTimeout((seconds + 1) * 1_000);
  await signInAndWait(page, email);
  await ghost.context().close();
});

test("unknown emails and wrong passwords get the same answer", async ({ page }) => {
  await signIn(page, "no-account@example.org", "some long password");
  const unknown = await page.getByRole("status").or(page.locator("[aria-live]")).filter({ hasText: /incorrect/ }).first().innerText();
  await signIn(page, "member.b@puente.test", "some long password");
  const wrong = await page.locator("[aria-live]").filter({ hasText: /incorrect/ }).first().innerText();
  expect(unknown).toBe(wrong);
});

test("session cookies are httpOnly and SameSite=Lax; Auth.js refuses sign-ins without its CSRF token", async ({ page, request }) => {
  await signInAndWait(page, "member.b@puente.test");
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  const forged = await request.post("/api/auth/callback/credentials", {
    form: { email: "member.b@puente.test", password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(302);
  expect(forged.headers()["location"]).toContain("error=MissingCSRF");
  expect(forged.headers()["set-cookie"] ?? "").not.toContain("session-token");
});
