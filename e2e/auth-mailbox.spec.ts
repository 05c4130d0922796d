import { expect, test } from "./support/test";
import { asAdmin, linkFromMailbox, signIn } from "./support/auth";

// The admin takeover of issue 10, replayed without JavaScript: a visitor asks for the admin's
// password-reset link with a forged X-Forwarded-Host, then tries to read it in the development
// mailbox (or hopes it points at their own site, to receive the token when it is clicked).
test.use({ javaScriptEnabled: false });

test("a forged X-Forwarded-Host does not move the reset link, and only the admin on this machine reads the mailbox", async ({ page, browser, baseURL }) => {
  // The visitor's script reads the form as a browser without JavaScript gets it, and posts it
  // claiming to come through evil.example. Sent without an Origin, as a script can, the form
  // is accepted (the address of the request does not matter to it)...
  await page.goto("/en/forgot-password");
  const fields: Record<string, string> = {};
  for (const input of await page.locator("form").filter({ has: page.getByLabel("Email") }).locator("input").all()) {
    const name = await input.getAttribute("name");
    if (name) fields[name] = (await input.getAttribute("value")) ?? "";
  }
  fields.email = "admin@puente.test";
  const forgedHost = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };
  const forged = await page.request.post("/en/forgot-password", { multipart: fields, headers: forgedHost });
  expect(forged.status()).toBe(200);
  expect(await forged.text()).toContain("If an account exists for that email");
  // ...and sent with a matching Origin it is refused as coming from another site, with a 403
  // that says so (Next.js alone answers a bare 500), in the page's language.
  for (const [path, words] of [
    ["/en/forgot-password", "Requests that change data must come from this site."],
    ["/es/forgot-password", "Las solicitudes que cambian datos deben venir de este sitio."],
  ] as const) {
    const crossSite = await page.request.post(path, { multipart: fields, headers: { ...forgedHost, origin: "http://evil.example" } });
    expect(crossSite.status()).toBe(403);
    expect(await crossSite.text()).toContain(words);
  }

  // The visitor cannot read the mailbox, and neither can a signed-in member without JavaScript.
  expect((await page.goto("/en/dev/mailbox?to=admin%40puente.test"))?.status()).toBe(404);
  const member = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(member, "member@puente.test");
  await expect(member.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  expect((await member.goto("/en/dev/mailbox"))?.status()).toBe(404);
  await member.context().close();

  // The link went out on the configured origin (APP_URL), which the forged header did not change.
  const link = new URL(await linkFromMailbox(page, "admin@puente.test", "/en/reset-password"));
  expect(link.origin).toBe(new URL(baseURL!).origin);
  const mailbox = await asAdmin(page, async (admin) => {
    await admin.goto("/en/dev/mailbox?to=admin%40puente.test");
    return admin.getByRole("main").innerText();
  });
  expect(mailbox).toContain("Reset your Puente password");
  expect(mailbox).not.toContain("evil.example");
});
