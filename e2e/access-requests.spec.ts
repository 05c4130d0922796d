// A member who cannot contribute sees why on /documents/new and asks for contributor access or
// to join an organization; the admins hear of it (notifications), accept or decline, and the
// member hears back (issue 10, item 7).
import { expect, test, type Browser, type Page } from "./support/test";
import { signInAndWait } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { invitedMember } from "./support/invited-member";

test.describe.configure({ timeout: 180_000 });

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndWait(page, email);
  return page;
}

test("a member asks for contributor access, an admin accepts, and the member can write", async ({ browser }) => {
  const { page: member, name } = await invitedMember(browser, "asker");

  // The header leads a verified member who cannot write yet to the page that says how to ask.
  await member.goto("/en");
  await member.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "Contribute", exact: true }).click();
  await expect(member).toHaveURL(/\/en\/documents\/new$/);
  await expect(member.getByRole("heading", { level: 1, name: "Write for Puente" })).toBeVisible();
  await expect(member.getByText("Your account can read documents, but not write them yet.")).toBeVisible();
  await expectNoAxeViolations(member, { label: "/en/documents/new" });
  await member.goto("/es/documents/new");
  await expect(member.getByRole("heading", { level: 1, name: "Escribir en Puente" })).toBeVisible();
  await expectNoAxeViolations(member, { label: "/es/documents/new" });

  await member.goto("/en/documents/new");
  const contributor = member.getByRole("region", { name: "Ask for contributor access" });
  await contributor.getByLabel("Message (optional)").fill("I coordinate the Cauca water program and would like to publish its evaluation.");
  await contributor.getByRole("button", { name: "Ask for contributor access" }).click();
  await expect(member.getByText("Your request was sent. The administrators were notified.")).toBeVisible();
  await expect(contributor.getByText(/You asked for contributor access on/)).toBeVisible();
  const join = member.getByRole("region", { name: "Ask to join an organization" });
  await join.getByLabel("Organization").selectOption({ label: "Fundación Tejido Territorial" });
  await join.getByRole("button", { name: "Ask to join" }).click();
  await expect(member.getByText("Your request was sent. The organization's administrators were notified.")).toBeVisible();
  await expect(member.getByRole("region", { name: "Your requests" })).toContainText("Joining Fundación Tejido Territorial: waiting for an answer");
  await expectNoAxeViolations(member, { label: "/en/documents/new with requests" });

  // The platform admin decides contributor access, from the notification.
  const admin = await signedIn(browser, "admin@puente.test");
  await admin.goto("/en/notifications");
  const notice = admin.getByRole("listitem").filter({ hasText: `${name} asks for contributor access` });
  await expect(notice.getByText("I coordinate the Cauca water program")).toBeVisible();
  await notice.getByRole("link", { name: "Accept or decline the request" }).click();
  await expect(admin).toHaveURL(/\/en\/admin\/users#access-requests$/);
  const requests = admin.getByRole("region", { name: "Requests to become a contributor" });
  await expect(requests.getByText(`${name} asks for contributor access`)).toBeVisible();
  await expectNoAxeViolations(admin, { label: "/en/admin/users" });
  await admin.goto("/es/admin/users");
  await expect(admin.getByRole("region", { name: "Solicitudes para ser colaborador" })).toContainText(`${name} solicita acceso como colaborador`);
  await expectNoAxeViolations(admin, { label: "/es/admin/users" });
  await admin.goto("/en/admin/users");
  await requests.getByRole("button", { name: `Accept the request from ${name}` }).click();
  await expect(admin.getByText("The request was accepted. The person was notified.")).toBeVisible();
  await expect(requests.getByText(`${name} asks for contributor access`)).toHaveCount(0);

  // The organization's admin declines the request to join.
  const orgAdmin = await signedIn(browser, "orgadmin@puente.test");
  await orgAdmin.goto("/es/admin/organizations/fundacion-tejido-territorial");
  await expect(orgAdmin.getByRole("region", { name: "Solicitudes para unirse" })).toContainText(`${name} solicita unirse a Fundación Tejido Territorial`);
  await expectNoAxeViolations(orgAdmin, { label: "/es/admin/organizations/…" });
  await orgAdmin.getByRole("button", { name: `Rechazar la solicitud de ${name}` }).click();
  await expect(orgAdmin.getByText("La solicitud fue rechazada. Se notificó a la persona.")).toBeVisible();

  // The member can now write (the header says "New document" instead), and hears of both decisions.
  await member.goto("/en/documents/new");
  await expect(member.getByRole("heading", { level: 1, name: "New document" })).toBeVisible();
  const accountLinks = member.getByRole("navigation", { name: "Your account" });
  await expect(accountLinks.getByRole("link", { name: "New document", exact: true })).toBeVisible();
  await expect(accountLinks.getByRole("link", { name: "Contribute", exact: true })).toHaveCount(0);
  await member.goto("/en/notifications");
  await expect(member.getByRole("listitem").filter({ hasText: "Request accepted" })).toContainText("Contributor access");
  await expect(member.getByRole("listitem").filter({ hasText: "Request declined" })).toContainText("Joining Fundación Tejido Territorial");
  await expectNoAxeViolations(member, { label: "/en/notifications" });
  await member.goto("/es/notifications");
  await expectNoAxeViolations(member, { label: "/es/notifications" });
});

test("a member who asks twice is told the request is already waiting", async ({ browser }) => {
  const { page: member } = await invitedMember(browser, "repeater");
  await member.goto("/en/documents/new");
  const join = member.getByRole("region", { name: "Ask to join an organization" });
  await join.getByLabel("Message (optional)").fill("x".repeat(10));
  await join.getByRole("button", { name: "Ask to join" }).click();
  await expect(join.getByText("Choose an organization.")).toBeVisible();
  await expectNoAxeViolations(member, { label: "/en/documents/new with a field error" });
  // A second tab still shows the form: the server refuses the duplicate.
  const second = await member.context().newPage();
  await second.goto("/en/documents/new");
  const ask = (page: Page) => page.getByRole("region", { name: "Ask for contributor access" }).getByRole("button", { name: "Ask for contributor access" }).click();
  await ask(member);
  await expect(member.getByText("Your request was sent. The administrators were notified.")).toBeVisible();
  await ask(second);
  await expect(second.getByText("You already asked for this. An administrator will answer, and you will be notified.")).toBeVisible();
});
