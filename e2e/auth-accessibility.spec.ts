import { expect, test } from "./support/test";
import { signInAndWait } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";

for (const path of ["/en/sign-in", "/es/sign-in", "/en/sign-up", "/es/forgot-password", "/en/check-email", "/en/verify-email?email=a%40b.org&token=0123456789abcdef", "/en/reset-password?email=a%40b.org&token=bad", "/en/invitations/accept?token=nope"]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("axe: a sign-up form showing its errors, which are tied to their fields", async ({ page }) => {
  await page.goto("/en/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#password-error")).toContainText("Use at least 12 characters.");
  expect(await password.getAttribute("aria-describedby")).toContain("password-error");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByText("Please correct the fields marked below.")).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const [email, paths] of [
  ["admin@puente.test", ["/en/account", "/en/admin/users", "/es/admin/organizations/fundacion-tejido-territorial", "/en/admin/invitations", "/en/admin/organizations"]],
  ["orgadmin@puente.test", ["/es/account", "/en/admin/organizations/fundacion-tejido-territorial"]],
] as const) {
  test(`axe: signed-in pages of ${email}`, async ({ page }) => {
    await signInAndWait(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
}

test("axe: the development mailbox, as the admin on this machine", async ({ page }) => {
  await signInAndWait(page, "admin@puente.test");
  for (const path of ["/en/dev/mailbox", "/es/dev/mailbox"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expectNoAxeViolations(page);
  }
});
