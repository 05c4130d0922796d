// Every seeded document page, requested by every seeded persona through the browser with a
// real session: the status must be what the access rules allow (200) or 404, never 500, and
// the focus-area lists never show a title the persona may not open.
import { expect, test } from "@playwright/test";
import { can } from "../lib/policies/can";
import { documents } from "../prisma/seed/data";
import { signInAndWait } from "./support/auth";
import { accessOf as access, viewerFor } from "./support/seed-viewers";

const personas = ["member@puente.test", "member.a@puente.test", "orgadmin@puente.test", "member.b@puente.test", "contributor@puente.test", "reviewer@puente.test", "reviewer.security@puente.test", "admin@puente.test"];

for (const email of [null, ...personas]) {
  test(`document pages for ${email ?? "an anonymous visitor"}`, async ({ page }) => {
    test.setTimeout(120_000);
    if (email) await signInAndWait(page, email);
    const viewer = viewerFor(email);
    const outcomes = await Promise.all(
      documents.map(async (doc) => ({ slug: doc.slug, status: (await page.request.get(`/en/documents/${doc.slug}`)).status(), expected: can(viewer, "view", access(doc)) ? 200 : 404 })),
    );
    expect(outcomes.filter((o) => o.status !== o.expected)).toEqual([]);
    expect(outcomes.filter((o) => o.expected === 200).length).toBeGreaterThan(0);

    const hiddenTitles = documents.filter((doc) => !can(viewer, "view", access(doc))).map((doc) => doc.title);
    for (const path of ["/en", "/en/focus-areas/security-and-defense", "/en/organizations/fundacion-tejido-territorial"]) {
      const html = await (await page.request.get(path)).text();
      expect(hiddenTitles.filter((title) => html.includes(title)), path).toEqual([]);
    }
  });
}
