// Every administration form works without JavaScript: the browser posts the form itself, and
// the server answers with the page showing the outcome. Issue 10: "add member", "change role"
// and "deactivate" bound their server action inside the client component, and such a POST never
// answered while the server kept a core busy (see components/client-actions.test.ts).
import { expect, test, type Browser, type Locator, type Page } from "./support/test";
import { linkFromMailbox, signInAndWait, uniqueEmail } from "./support/auth";
import { invitedMember } from "./support/invited-member";

const noScript = { javaScriptEnabled: false };
test.use(noScript);
// Several people and full page loads per test, on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

/** Clicks a submit button as a browser without JavaScript does and returns the server's answer to the POST. */
async function post(page: Page, button: Locator) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document", { timeout: 20_000 }),
    button.click(),
  ]);
  expect(response.status(), `POST ${response.url()}`).toBeLessThan(400);
  await page.waitForLoadState();
  return response;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext(noScript)).newPage();
  await signInAndWait(page, email);
  return page;
}

test("an admin changes a role, deactivates and reactivates an account without JavaScript", async ({ browser }) => {
  const admin = await signedIn(browser, "admin@puente.test");
  await admin.goto("/en/admin/users?q=contributor.cyber");
  await admin.getByRole("row", { name: /contributor\.cyber@puente\.test/ }).getByRole("link").click();
  const userPage = admin.url();

  await admin.getByRole("combobox", { name: "Role" }).selectOption("REVIEWER");
  await post(admin, admin.getByRole("button", { name: "Save role" }));
  await expect(admin.getByText("The role was saved.")).toBeVisible();
  await admin.goto(userPage);
  await expect(admin.getByRole("combobox", { name: "Role" })).toHaveValue("REVIEWER");
  await admin.getByRole("combobox", { name: "Role" }).selectOption("CONTRIBUTOR");
  await post(admin, admin.getByRole("button", { name: "Save role" }));
  await expect(admin.getByText("The role was saved.")).toBeVisible();
  await expect(admin.getByRole("combobox", { name: "Role" })).toHaveValue("CONTRIBUTOR");

  await post(admin, admin.getByRole("button", { name: "Deactivate account" }));
  await expect(admin.getByText("The account was deactivated and its sessions ended.")).toBeVisible();
  await expect(admin.getByText("contributor.cyber@puente.test · Deactivated")).toBeVisible();
  await post(admin, admin.getByRole("button", { name: "Reactivate account" }));
  await expect(admin.getByText("The account was reactivated.")).toBeVisible();
  await expect(admin.getByText("contributor.cyber@puente.test · Active")).toBeVisible();
});

test("an organization admin invites, changes a member's role, removes the member and edits the profile without JavaScript", async ({ browser }) => {
  const orgPage = "/en/admin/organizations/fundacion-tejido-territorial";
  const orgAdmin = await signedIn(browser, "orgadmin@puente.test");
  await orgAdmin.goto(orgPage);
  const email = uniqueEmail("nojs-invitee");
  const invite = orgAdmin.getByRole("region", { name: "Invite by email" });
  await invite.getByLabel("Email").fill(email);
  await post(orgAdmin, invite.getByRole("button", { name: "Send invitation" }));
  await expect(orgAdmin.getByText(`Invitation sent to ${email}.`)).toBeVisible();

  const invitee = await (await browser.newContext(noScript)).newPage();
  await invitee.goto(await linkFromMailbox(invitee, email, "/invitations/accept"));
  await invitee.getByLabel("Full name").fill("Nojs Invitee");
  await invitee.getByLabel("Password", { exact: true }).fill("copper meadow violin harbor");
  await invitee.getByLabel("Confirm the password").fill("copper meadow violin harbor");
  await post(invitee, invitee.getByRole("button", { name: "Accept the invitation" }));
  await expect(invitee.getByText("Invitation accepted.")).toBeVisible();

  await orgAdmin.goto(orgPage);
  const members = orgAdmin.getByRole("region", { name: "Members" });
  const row = members.getByRole("listitem").filter({ hasText: email });
  await row.getByRole("combobox", { name: "Role of Nojs Invitee" }).selectOption("ADMIN");
  await post(orgAdmin, row.getByRole("button", { name: "Save" }));
  await expect(orgAdmin.getByText("The member's role was saved.")).toBeVisible();
  await expect(members.getByRole("combobox", { name: "Role of Nojs Invitee" })).toHaveValue("ADMIN");
  await post(orgAdmin, members.getByRole("button", { name: "Remove Nojs Invitee from the organization" }));
  await expect(members.getByText(email)).toHaveCount(0);

  const profile = orgAdmin.getByRole("region", { name: "Profile" });
  const description = profile.getByLabel("Description (optional)");
  const original = await description.inputValue();
  await description.fill("Edited without JavaScript.");
  await post(orgAdmin, profile.getByRole("button", { name: "Save changes" }));
  await expect(orgAdmin.getByText("Changes saved.")).toBeVisible();
  await expect(orgAdmin.getByRole("region", { name: "Profile" }).getByLabel("Description (optional)")).toHaveValue("Edited without JavaScript.");
  await orgAdmin.getByRole("region", { name: "Profile" }).getByLabel("Description (optional)").fill(original);
  await post(orgAdmin, orgAdmin.getByRole("region", { name: "Profile" }).getByRole("button", { name: "Save changes" }));
  await expect(orgAdmin.getByText("Changes saved.")).toBeVisible();
});

test("a member asks to join and the organization admin accepts, without JavaScript", async ({ browser }) => {
  const { page: member, email, name } = await invitedMember(browser, "nojsjoiner", noScript);
  await member.goto("/en/documents/new");
  const join = member.getByRole("region", { name: "Ask to join an organization" });
  await join.getByLabel("Organization").selectOption({ label: "Fundación Tejido Territorial" });
  await join.getByLabel("Message (optional)").fill("Field coordinator in Popayán.");
  await post(member, join.getByRole("button", { name: "Ask to join" }));
  await expect(member.getByText("Your request was sent. The organization's administrators were notified.")).toBeVisible();

  const orgAdmin = await signedIn(browser, "orgadmin@puente.test");
  await orgAdmin.goto("/en/admin/organizations/fundacion-tejido-territorial");
  const requests = orgAdmin.getByRole("region", { name: "Requests to join" });
  await expect(requests.getByText("Field coordinator in Popayán.")).toBeVisible();
  await post(orgAdmin, requests.getByRole("button", { name: `Accept the request from ${name}` }));
  await expect(orgAdmin.getByText("The request was accepted. The person was notified.")).toBeVisible();
  await expect(orgAdmin.getByRole("region", { name: "Members" }).getByText(email)).toBeVisible();
  // Leave the seeded organization as it was.
  await post(orgAdmin, orgAdmin.getByRole("region", { name: "Members" }).getByRole("button", { name: `Remove ${name} from the organization` }));
});
