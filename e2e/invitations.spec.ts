// Organization admins bring people in only by invitation: the answer is the same whether the
// email has an account or not, and an existing account joins only when its owner accepts,
// signed in; they may also decline (issue 10: adding existing accounts without consent).
import { expect, test, type Browser, type Page } from "./support/test";
import { linkFromMailbox, signInAndWait, signOut, uniqueEmail } from "./support/auth";
import { INVITED_PASSWORD, invitedMember } from "./support/invited-member";

test.describe.configure({ timeout: 120_000 });
const orgPage = "/en/admin/organizations/fundacion-tejido-territorial";

async function orgAdminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndWait(page, "orgadmin@puente.test");
  await page.goto(orgPage);
  return page;
}

async function invite(orgAdmin: Page, email: string) {
  const form = orgAdmin.getByRole("region", { name: "Invite by email" });
  await form.getByLabel("Email").fill(email);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(orgAdmin.getByText(`Invitation sent to ${email}.`)).toBeVisible();
}

test("an existing account is invited like any email, and joins only when its owner accepts", async ({ browser }) => {
  const person = await invitedMember(browser, "existing");
  const orgAdmin = await orgAdminPage(browser);
  await expect(orgAdmin.getByRole("heading", { name: "Add an existing account" })).toHaveCount(0);
  await invite(orgAdmin, person.email);
  // The answer for an unknown address reads the same.
  await invite(orgAdmin, uniqueEmail("unknown"));
  await orgAdmin.reload();
  await expect(orgAdmin.getByRole("region", { name: "Members" }).getByText(person.email)).toHaveCount(0);
  await expect(orgAdmin.getByRole("region", { name: "Invite by email" }).getByText(person.email)).toBeVisible();

  await person.page.goto("/en/account");
  await expect(person.page.getByRole("region", { name: "Organizations" })).not.toContainText("Fundación Tejido Territorial");
  await person.page.goto(await linkFromMailbox(person.page, person.email, "/invitations/accept"));
  await expect(person.page.getByRole("button", { name: "Decline the invitation" })).toBeVisible();
  await person.page.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(person.page.getByText("Invitation accepted.")).toBeVisible();
  await expect(person.page.getByRole("region", { name: "Organizations" })).toContainText("Fundación Tejido Territorial");

  await orgAdmin.reload();
  const members = orgAdmin.getByRole("region", { name: "Members" });
  await expect(members.getByText(person.email)).toBeVisible();
  await members.getByRole("button", { name: `Remove ${person.name} from the organization` }).click();
  await expect(members.getByText(person.email)).toHaveCount(0);
});

test("the invited person declines after signing in: nothing changes and the link stops working", async ({ browser }) => {
  const person = await invitedMember(browser, "decliner");
  await signOut(person.page);
  const orgAdmin = await orgAdminPage(browser);
  await invite(orgAdmin, person.email);

  const link = await linkFromMailbox(person.page, person.email, "/invitations/accept");
  await person.page.goto(link);
  await expect(person.page.getByText("An account already uses this email. Sign in with it to accept or decline.")).toBeVisible();
  await person.page.getByRole("link", { name: "Sign in to answer" }).click();
  const form = person.page.locator("form").filter({ has: person.page.getByLabel("Password", { exact: true }) });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Password", { exact: true }).fill(INVITED_PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(person.page.getByRole("button", { name: "Decline the invitation" })).toBeVisible();
  await person.page.getByRole("button", { name: "Decline the invitation" }).click();
  await expect(person.page.getByText("You declined the invitation. Nothing was changed.")).toBeVisible();

  await person.page.goto(link);
  await expect(person.page.getByText("This invitation is not valid any more")).toBeVisible();
  await person.page.goto("/en/account");
  await expect(person.page.getByRole("region", { name: "Organizations" })).not.toContainText("Fundación Tejido Territorial");
  await orgAdmin.reload();
  await expect(orgAdmin.getByRole("region", { name: "Invite by email" }).getByText(person.email)).toHaveCount(0);
});
