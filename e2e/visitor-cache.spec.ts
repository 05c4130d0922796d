// Visitors' pages are cached (lib/cache/visitor-cache.ts); signed-in pages never are. A member
// sees a members-only document on its focus area's page, and a visitor who opens the same page
// right before and right after sees neither it nor anything of the member's.
import { expect, test } from "./support/test";
import { signInAndWait } from "./support/auth";
import { membersOnlyDocument } from "./support/seed-documents";

test("a visitor's cached focus-area page never holds what a signed-in member saw there", async ({ browser }) => {
  const area = `/en/focus-areas/${membersOnlyDocument.focusAreas[0]}`;
  const visitor = await browser.newPage();
  const member = await browser.newPage();
  try {
    const documents = (page: typeof visitor) => page.getByRole("region", { name: "Documents", exact: true });
    await visitor.goto(area);
    await expect(documents(visitor)).not.toContainText(membersOnlyDocument.title);

    await signInAndWait(member, "member.a@puente.test");
    await member.goto(area);
    await expect(documents(member).getByRole("link", { name: membersOnlyDocument.title })).toBeVisible();
    const memberHeader = await member.getByRole("banner").innerText();

    for (let i = 0; i < 2; i++) {
      await visitor.goto(area);
      await expect(documents(visitor)).toBeVisible();
      await expect(visitor.locator("body")).not.toContainText(membersOnlyDocument.title);
      await expect(visitor.getByRole("banner")).toContainText("Sign in");
      expect(await visitor.getByRole("banner").innerText()).not.toEqual(memberHeader);
    }
  } finally {
    await visitor.close();
    await member.close();
  }
});
