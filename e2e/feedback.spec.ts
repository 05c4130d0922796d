// Stakeholder feedback on the seeded hub: a member rates a document from the keyboard and
// comments, another member reports the comment, visitors read it, the area's reviewer hides
// it with a reason, and the author is told. Checked with axe in both languages, on a phone and
// a desktop.
import { expect, test, type Browser, type Page } from "./support/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInAndWait } from "./support/auth";

const slug = "municipal-ransomware-readiness-playbook";
const comment = `We used the playbook for our tabletop exercise (${Date.now()}).`;
const PHONE = { width: 390, height: 844 };

async function asUser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInAndWait(page, email);
  return page;
}

const feedback = (page: Page) => page.locator("#feedback");

test("a member rates and comments, readers see it, a report reaches the moderator, who hides it", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await asUser(browser, "member@puente.test");
  await member.goto(`/en/documents/${slug}`);
  const section = feedback(member);
  await expect(section.getByRole("heading", { name: "Feedback", level: 2 })).toBeVisible();

  // Without a rating: a field error, and nothing saved.
  await section.getByRole("button", { name: "Save feedback" }).click();
  await expect(section.getByText("Choose a rating from 1 to 5.")).toBeVisible();

  // The rating from the keyboard: arrow keys move along the radio group.
  await section.getByRole("radio", { name: "1 – Not useful" }).focus();
  for (let i = 0; i < 3; i++) await member.keyboard.press("ArrowRight");
  await expect(section.getByRole("radio", { name: "4 – Very useful" })).toBeChecked();
  await section.getByLabel("Comment (optional)").fill(comment);
  await section.getByRole("button", { name: "Save feedback" }).click();
  await expect(section.getByText("Thank you: your feedback was saved.")).toBeVisible();
  const item = section.getByRole("listitem").filter({ hasText: comment });
  await expect(item).toContainText("Jorge Castillo (you)");
  await expect(item).toContainText("Rated 4 of 5");
  await expect(section.getByRole("button", { name: "Update feedback" })).toBeVisible();
  await expectNoAxeViolations(member, { label: "member, desktop" });

  const other = await asUser(browser, "member.b@puente.test");
  await other.goto(`/en/documents/${slug}`);
  const reported = feedback(other).getByRole("listitem").filter({ hasText: comment });
  await reported.getByText("Report this comment").click();
  await reported.getByLabel("What is wrong with it? (optional)").fill("Off topic");
  await reported.getByRole("button", { name: "Send report" }).click();
  await expect(feedback(other).getByText("Thank you: the comment was reported to its moderators.")).toBeVisible();

  // A visitor on a phone, in Spanish: the comment, and an invitation to sign in instead of the form.
  const visitor = await (await browser.newContext({ locale: "es-CO", viewport: PHONE })).newPage();
  await visitor.goto(`/es/documents/${slug}`);
  await expect(feedback(visitor).getByRole("heading", { name: "Valoraciones", level: 2 })).toBeVisible();
  await expect(feedback(visitor).getByText(comment)).toBeVisible();
  await expect(feedback(visitor).getByRole("link", { name: "Iniciar sesión" })).toBeVisible();
  await expect(feedback(visitor).getByRole("radio")).toHaveCount(0);
  await expectNoAxeViolations(visitor, { label: "visitor, phone, es" });

  const reviewer = await asUser(browser, "reviewer.security@puente.test");
  await reviewer.goto(`/en/documents/${slug}`);
  const moderated = feedback(reviewer).getByRole("listitem").filter({ hasText: comment });
  await expect(moderated).toContainText("Reported 1 time");
  await moderated.getByText("Hide this comment").click();
  await moderated.getByRole("button", { name: "Hide comment" }).click();
  await expect(moderated.getByText("Say why the comment is hidden")).toBeVisible();
  await moderated.getByLabel("Reason, shown to the commenter and moderators").fill("Advertising");
  await moderated.getByRole("button", { name: "Hide comment" }).click();
  await expect(feedback(reviewer).getByText("The comment is hidden from readers.")).toBeVisible();
  await expect(moderated).toContainText("Hidden from readers · Reason: Advertising");
  await expectNoAxeViolations(reviewer, { label: "moderator, desktop" });

  await visitor.reload();
  await expect(feedback(visitor).getByText(comment)).toHaveCount(0);
  await member.reload();
  await expect(feedback(member).getByText("A moderator hid your comment from other readers.")).toBeVisible();

  const author = await asUser(browser, "contributor.cyber@puente.test");
  await author.goto(`/en/documents/${slug}`);
  await expect(feedback(author).getByText("Readers rate your document here; you cannot rate your own work.")).toBeVisible();
  await author.goto("/en/notifications");
  await expect(author.getByText("Feedback received").first()).toBeVisible();
});

test("the feedback section on a phone, for a signed-in member in Spanish, passes axe", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "es-CO" })).newPage();
  await signInAndWait(page, "member.a@puente.test");
  // Signed in at a desktop width (the header's sign-out button); the page itself on a phone.
  await page.setViewportSize(PHONE);
  await page.goto(`/es/documents/${slug}`);
  await expect(feedback(page).getByRole("group", { name: "¿Qué tan útil le resultó este documento?" })).toBeVisible();
  await expectNoAxeViolations(page, { label: "member, phone, es" });
});
