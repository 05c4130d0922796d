import { expect, test, type Page } from "./support/test";

// proxy.ts gives every page a Content-Security-Policy with a fresh nonce, which Next.js puts
// on its own scripts; next.config.js adds the static headers to every response.

/** The directives of a policy, by name. */
function parsePolicy(policy: string | undefined): Map<string, string[]> {
  expect(policy, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    (policy ?? "").split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name.toLowerCase(), values] as const;
    }),
  );
}

function nonceOf(policy: Map<string, string[]>): string {
  const source = policy.get("script-src")?.find((value) => value.startsWith("'nonce-"));
  expect(source, "a nonce in script-src").toBeTruthy();
  return source!.slice("'nonce-".length, -1);
}

/** Collects CSP violations (DOM events and console errors) for the page's whole life, across navigations. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) {
      violations.push(`console: ${message.text()}`);
    }
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(`event: ${text}`));
  // Runs through the DevTools protocol, which the page's CSP does not apply to.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return violations;
}

test("pages get a nonce-based Content-Security-Policy, fresh for every request", async ({ request }) => {
  const first = await request.get("/en");
  const second = await request.get("/en");
  expect(first.status()).toBe(200);
  const policy = parsePolicy(first.headers()["content-security-policy"]);
  const other = parsePolicy(second.headers()["content-security-policy"]);

  const nonce = nonceOf(policy);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // base64 of 16 bytes
  expect(nonceOf(other)).not.toBe(nonce);

  expect(policy.get("script-src")).toContain("'strict-dynamic'");
  expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  expect(policy.get("script-src")).not.toContain("'unsafe-eval'"); // production build
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);

  const headers = first.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
});

test("every script in the HTML carries the response's nonce", async ({ request }) => {
  for (const path of ["/en", "/es/focus-areas/security-and-defense", "/en/documents/real-time-crime-mapping-precinct-deployment", "/en/no/such/page"]) {
    const response = await request.get(path);
    const nonce = nonceOf(parsePolicy(response.headers()["content-security-policy"]));
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    const inline = scripts.filter((tag) => !/\ssrc=/.test(tag));
    expect(inline.length, `inline scripts on ${path}`).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  }
});

test("browsing and switching language run under the policy without a violation", async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto("/en");
  expect(response?.headers()["content-security-policy"]).toContain("'nonce-");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Shared knowledge");
  // Survives client-side navigation only: proves the app's scripts run and hydrate.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

  await page.getByRole("region", { name: "Focus areas" }).getByRole("link", { name: /Security and defense/ }).click();
  await expect(page).toHaveURL(/\/en\/focus-areas\/security-and-defense$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security and defense");
  expect(await sameDocument()).toBe(true);

  await page.getByRole("region", { name: "Documents", exact: true }).getByRole("link", { name: "Real-time crime mapping for precinct-level patrol deployment" }).click();
  await expect(page).toHaveURL(/\/en\/documents\/real-time-crime-mapping-precinct-deployment$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Real-time crime mapping for precinct-level patrol deployment");
  expect(await sameDocument()).toBe(true);

  await page.getByRole("group", { name: "Language" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/documents\/real-time-crime-mapping-precinct-deployment$/);
  await expect(page.getByRole("heading", { name: "Indicadores de impacto" })).toBeVisible();
  await page.getByRole("group", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/documents\/real-time-crime-mapping-precinct-deployment$/);
  await expect(page.getByRole("heading", { name: "Impact metrics" })).toBeVisible();

  // A full load of the not-found page, then back to the site through a client-side link.
  const notFound = await page.goto("/en/no/such/page");
  expect(notFound?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page.getByRole("main").getByRole("link", { name: "Browse focus areas" }).click();
  await expect(page).toHaveURL(/\/en\/focus-areas$/);
  expect(await sameDocument()).toBe(true);

  expect(violations).toEqual([]);
});

test("/ still redirects by Accept-Language, under the policy", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-CO" });
  const page = await context.newPage();
  const response = await page.goto("/");
  await expect(page).toHaveURL(/\/es$/);
  expect(response?.request().redirectedFrom()?.url()).toMatch(/\/$/);
  expect(response?.headers()["content-security-policy"]).toContain("'nonce-");
  await context.close();
});

test("API routes get the static security headers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
});
