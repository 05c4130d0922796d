import { expect, test, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "puente-demo-2026";

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale = "en") {
  await page.goto(`/${locale}/sign-in`);
  const form = page.locator("form").filter({ has: page.getByLabel(locale === "es" ? "Contraseña" : "Password", { exact: true }) });
  await form.getByLabel(locale === "es" ? "Correo electrónico" : "Email").fill(email);
  await form.getByLabel(locale === "es" ? "Contraseña" : "Password", { exact: true }).fill(password);
  await form.getByRole("button", { name: locale === "es" ? "Iniciar sesión" : "Sign in" }).click();
}

export async function signInAndWait(page: Page, email: string, password = DEMO_PASSWORD) {
  await signIn(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
// The platform admin's session, signed in once per worker: only an admin on this machine may
// read the development mailbox.
let adminSession: StorageState | undefined;

/** Runs `work` in a separate browser context signed in as the platform admin. */
export async function asAdmin<T>(page: Page, work: (admin: Page) => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) throw new Error("asAdmin needs a page from a browser launched by Playwright");
  // A second browser context (and, the first time, a sign-in) on top of the test's own steps.
  test.info().setTimeout(test.info().timeout + 15_000);
  const context = await browser.newContext({ storageState: adminSession });
  try {
    const admin = await context.newPage();
    if (!adminSession) {
      await signInAndWait(admin, "admin@puente.test");
      adminSession = await context.storageState();
    }
    return await work(admin);
  } finally {
    await context.close();
  }
}

/**
 * The newest link in the development mailbox for `to` whose URL contains `pathPart`, read as
 * the platform admin. Mail is sent after the answer, so the mailbox is read again until it is there.
 */
export async function linkFromMailbox(page: Page, to: string, pathPart: string): Promise<string> {
  return asAdmin(page, async (admin) => {
    let href: string | null = null;
    await expect(async () => {
      const response = await admin.goto(`/en/dev/mailbox?${new URLSearchParams({ to })}`);
      expect(response?.status(), "the admin reads the development mailbox").toBe(200);
      const link = admin.getByRole("main").getByRole("listitem").first().getByRole("link").filter({ hasText: pathPart }).first();
      href = await link.getAttribute("href", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    return href!;
  });
}

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
