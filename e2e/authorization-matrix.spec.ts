// Every seeded document page, requested by every seeded persona through the browser with a
// real session: the status must be what the access rules allow (200) or 404, never 500, and
// the focus-area lists never show a title the persona may not open, and the feedback form is
// offered exactly where the rules let the persona rate.
import { expect, test } from "./support/test";
import { can } from "../lib/policies/can";
import { documents } from "../prisma/seed/data";
import { signInAndWait } from "./support/auth";
import { accessOf as access, viewerFor } from "./support/seed-viewers";

/** The feedback form's rating radios as rendered HTML (the message catalog in the page holds its legend either way). */
const FEEDBACK_RADIO = /<input[^>]*name="rating"/;
const personas = ["member@puente.test", "member.a@puente.test", "orgadmin@puente.test", "member.b@puente.test", "contributor@puente.test", "reviewer@puente.test", "reviewer.security@puente.test", "admin@puente.test"];

for (const email of [null, ...personas]) {
  test(`document pages for ${email ?? "an anonymous visitor"}`, async ({ page }) => {
    test.setTimeout(120_000);
    if (email) await signInAndWait(page, email);
    const viewer = viewerFor(email);
    const outcomes = await Promise.all(
      documents.map(async (doc) => {
        const response = await page.request.get(`/en/documents/${doc.slug}`);
        // The feedback form (streamed in with the page) is there exactly when the rules let this persona rate.
        const rates = response.status() === 200 && FEEDBACK_RADIO.test(await response.text());
        return { slug: doc.slug, status: response.status(), expected: can(viewer, "view", access(doc)) ? 200 : 404, rates, mayRate: can(viewer, "feedback", access(doc)) };
      }),
    );
    expect(outcomes.filter((o) => o.status !== o.expected)).toEqual([]);
    expect(outcomes.filter((o) => o.expected === 200).length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.rates !== o.mayRate).map((o) => o.slug), "feedback form").toEqual([]);

    const hiddenTitles = documents.filter((doc) => !can(viewer, "view", access(doc))).map((doc) => doc.title);
    for (const path of ["/en", "/en/focus-areas/security-and-defense", "/en/organizations/fundacion-tejido-territorial"]) {
      const html = await (await page.request.get(path)).text();
      expect(hiddenTitles.filter((title) => html.includes(title)), path).toEqual([]);
    }
  });
}
