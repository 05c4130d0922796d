import { expect, test } from "./support/test";
import { linkFromMailbox, signIn, signInAndWait, uniqueEmail } from "./support/auth";

test("an invitation creates an account with its membership, then the password can be reset", async ({ browser }) => {
  const email = uniqueEmail("invitee");
  const admin = await (await browser.newContext()).newPage();
  await signInAndWait(admin, "orgadmin@puente.test");
  await admin.goto("/en/admin/organizations/fundacion-tejido-territorial");
  const invite = admin.getByRole("region", { name: "Invite by email" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`Invitation sent to ${email}.`)).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await page.goto(await linkFromMailbox(page, email, "/invitations/accept"));
  await expect(page.getByText(`This invitation is for ${email}.`)).toBeVisible();
  await page.getByLabel("Full name").fill("Invited Person");
  await page.getByLabel("Password", { exact: true }).fill("copper meadow violin harbor");
  await page.getByLabel("Confirm the password").fill("copper meadow violin harbor");
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page.getByText("Invitation accepted.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Organizations" })).toContainText("Fundación Tejido Territorial");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.goto("/en/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText("If an account exists for that email")).toBeVisible();
  await page.goto(await linkFromMailbox(page, email, "/en/reset-password"));
  await page.getByLabel("Password", { exact: true }).fill("northern quartz saddle ember");
  await page.getByLabel("Confirm the password").fill("northern quartz saddle ember");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Your password was reset.")).toBeVisible();
  await signInAndWait(page, email, "northern quartz saddle ember");
});

test("an emailed sign-in link signs in once", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByRole("region", { name: "Or get a sign-in link by email" }).getByLabel("Email").fill("member.b@puente.test");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await linkFromMailbox(page, "member.b@puente.test", "/api/auth/callback/nodemailer");
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.goto(link);
  await expect(page.getByText("That sign-in link is not valid any more.")).toBeVisible();
});

test("a deactivated user's open session stops working; sign out everywhere ends sessions", async ({ browser }) => {
  const user = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();
  await signInAndWait(user, "contributor.trade@puente.test");
  await signInAndWait(admin, "admin@puente.test");
  await admin.goto("/en/admin/users?q=contributor.trade");
  await admin.getByRole("row", { name: /contributor\.trade@puente\.test/ }).getByRole("link").click();
  await admin.getByRole("button", { name: "Deactivate account" }).click();
  await expect(admin.getByText("The account was deactivated")).toBeVisible();
  try {
    await user.goto("/en/account");
    await expect(user).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    await signIn(user, "contributor.trade@puente.test");
    await expect(user.getByText("Email or password is incorrect.")).toBeVisible();
  } finally {
    await admin.getByRole("button", { name: "Reactivate account" }).click();
    await expect(admin.getByText("The account was reactivated.")).toBeVisible();
  }

  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInAndWait(first, "member.a@puente.test");
  await signInAndWait(second, "member.a@puente.test");
  await first.goto("/en/account");
  await first.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(first.getByText("You were signed out on every device.")).toBeVisible();
  await second.goto("/en/account");
  await expect(second).toHaveURL(/\/en\/sign-in/);
});

test("administration is invisible to members: 404", async ({ page }) => {
  await signInAndWait(page, "member.b@puente.test");
  for (const path of ["/en/admin/users", "/en/admin/organizations/fundacion-tejido-territorial", "/en/admin/invitations"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
