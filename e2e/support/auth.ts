import { expect, type Page } from "@playwright/test";

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

/** The newest link in the development mailbox for `to` whose URL contains `pathPart`. */
export async function linkFromMailbox(page: Page, to: string, pathPart: string): Promise<string> {
  await page.goto(`/en/dev/mailbox?${new URLSearchParams({ to })}`);
  const link = page.getByRole("main").getByRole("listitem").first().getByRole("link").filter({ hasText: pathPart }).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
