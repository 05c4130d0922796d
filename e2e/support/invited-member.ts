import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { linkFromMailbox, signInAndWait, uniqueEmail } from "./auth";

export const INVITED_PASSWORD = "amber willow tractor beacon";

/**
 * A fresh member account with no organization and no role beyond member: a platform admin
 * invites the address to Puente and the person accepts, which signs them in. (Invitations, not
 * sign-up, so the tests do not spend the per-address sign-up limit.) Returns the signed-in page.
 */
export async function invitedMember(browser: Browser, label: string, options: BrowserContextOptions = {}): Promise<{ page: Page; email: string; name: string }> {
  const email = uniqueEmail(label);
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Tester`;
  const adminContext = await browser.newContext(options);
  const admin = await adminContext.newPage();
  await signInAndWait(admin, "admin@puente.test");
  await admin.goto("/en/admin/invitations");
  await admin.getByRole("textbox", { name: "Email" }).fill(email);
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await adminContext.close();

  const page = await (await browser.newContext(options)).newPage();
  await page.goto(await linkFromMailbox(page, email, "/invitations/accept"));
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(INVITED_PASSWORD);
  await page.getByLabel("Confirm the password").fill(INVITED_PASSWORD);
  await page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(page.getByText("Invitation accepted.")).toBeVisible();
  return { page, email, name };
}
