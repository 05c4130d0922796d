// A contributor takes a submission back out of review: it is a draft again, off the review
// queue, and the reviewers of its area are told.
import { expect, test, type Browser, type Page } from "./support/test";
import { signInAndWait } from "./support/auth";

async function asUser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signInAndWait(page, email);
  return page;
}

test("the author withdraws a submission; it leaves the queue and the reviewers are told", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Withdrawn before review ${Date.now()}`;
  const contributor = await asUser(browser, "contributor@puente.test");
  await contributor.goto("/en/documents/new?type=REPORT");
  const areaId = await contributor.getByRole("group", { name: "Focus areas" }).getByLabel("Energy").getAttribute("value");
  const created = await contributor.request.post("/api/documents", {
    data: JSON.stringify({
      type: "REPORT", title, language: "en", summary: "A report sent to review too early.", body: "The text.", issuingBody: "Ministry of Energy",
      focusAreaIds: [areaId], countries: ["CO"], submit: true,
    }),
    headers: { "content-type": "application/json" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };

  const reviewer = await asUser(browser, "reviewer@puente.test");
  await reviewer.goto("/en/review");
  await expect(reviewer.getByRole("link", { name: title })).toBeVisible();

  await contributor.goto(`/en/documents/${slug}`);
  await expect(contributor.getByText("This document is waiting for review: only the people working on it can read it.")).toBeVisible();
  await expect(contributor.getByTestId("document-status")).toHaveText("In review");
  await contributor.getByRole("button", { name: "Withdraw from review" }).click();
  await expect(contributor.getByText("Withdrawn from review: you can edit it again and submit it when it is ready.")).toBeVisible();
  await expect(contributor.getByTestId("document-status")).toHaveText("Draft");
  await expect(contributor.getByRole("button", { name: "Withdraw from review" })).toHaveCount(0);
  await expect(contributor.getByRole("link", { name: "Edit", exact: true })).toBeVisible();

  await reviewer.goto("/en/review");
  await expect(reviewer.getByRole("link", { name: title })).toHaveCount(0);
  await reviewer.goto("/en/notifications");
  const notice = reviewer.getByRole("listitem").filter({ hasText: title });
  await expect(notice.getByRole("heading", { name: "Withdrawn from review" })).toBeVisible();

  await contributor.goto(`/en/documents/${slug}/history`);
  await expect(contributor.getByRole("region", { name: "Review decisions" }).getByText(/^Withdrawn from review/)).toBeVisible();
});
