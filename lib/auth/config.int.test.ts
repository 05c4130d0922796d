// The Credentials provider's authorize() and the signIn callback, wired to the real database:
// what Auth.js receives for each outcome of a password sign-in.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { createTestUser, deleteTagged, newTag, TEST_PASSWORD } from "@/lib/testing/accounts";
import { buildAuthConfig, buildProviders, RateLimitedSignIn, SlowedSignIn, UnverifiedEmailSignIn } from "./config";
import { signInLimits } from "./password-sign-in";

// See config.test.ts: next-auth's entry point cannot be loaded outside a Next.js bundle.
vi.mock("next-auth", async () => ({ CredentialsSignin: (await import("@auth/core/errors")).CredentialsSignin }));

const tag = newTag("cf");
let ipCounter = 0;
type Authorize = (raw: unknown, request: Request) => Promise<unknown>;

function authorizeWith(env: Record<string, string> = {}): Authorize {
  const [credentials] = buildProviders(parseEnv(env), db) as unknown as { options: { authorize: Authorize } }[];
  return credentials!.options.authorize;
}
const request = (forwardedFor = `ip-${tag}-${++ipCounter}`) =>
  new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: { "x-forwarded-for": forwardedFor } });

afterAll(async () => {
  await deleteTagged(db, tag);
  await db.$disconnect();
});

describe("credentials authorize", () => {
  const authorize = authorizeWith();

  it("returns the user for the right password, with the email trimmed and lowercased", async () => {
    const user = await createTestUser(db, tag, "ok", { name: "Olive" });
    expect(await authorize({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD }, request())).toEqual({ id: user.id, email: user.email, name: "Olive" });
  });

  it("returns null for a wrong password, an unknown email and a deactivated account", async () => {
    const user = await createTestUser(db, tag, "wrong");
    const inactive = await createTestUser(db, tag, "inactive", { active: false });
    expect(await authorize({ email: user.email, password: "nope" }, request())).toBeNull();
    expect(await authorize({ email: `${tag}-nobody@accounts.test`, password: TEST_PASSWORD }, request())).toBeNull();
    expect(await authorize({ email: inactive.email, password: TEST_PASSWORD }, request())).toBeNull();
  });

  it("throws UnverifiedEmailSignIn (code 'unverified') for an unverified account", async () => {
    const user = await createTestUser(db, tag, "unverified", { verified: false });
    const error = await authorize({ email: user.email, password: TEST_PASSWORD }, request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnverifiedEmailSignIn);
    expect((error as UnverifiedEmailSignIn).code).toBe("unverified");
  });

  it("throws SlowedSignIn (code 'slowed', with the wait) while the account's delay after failures runs", async () => {
    const user = await createTestUser(db, tag, "slowed");
    for (let i = 0; i < signInLimits.account.freeFailures; i++) await authorize({ email: user.email, password: "nope" }, request());
    const error = await authorize({ email: user.email, password: TEST_PASSWORD }, request()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SlowedSignIn);
    expect((error as SlowedSignIn).code).toBe("slowed");
    expect((error as SlowedSignIn).retryAfterSeconds).toBeGreaterThan(0);
  });

  it("throws RateLimitedSignIn (code 'rate_limited') once the client address is over its limit", async () => {
    const user = await createTestUser(db, tag, "busy-address");
    const address = `ip-${tag}-busy`;
    await db.rateLimit.create({ data: { key: `sign-in:ip:${address}`, count: signInLimits.ip.max, resetAt: new Date(Date.now() + 60_000) } });
    const error = await authorize({ email: user.email, password: TEST_PASSWORD }, request(address)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedSignIn);
    expect((error as RateLimitedSignIn).code).toBe("rate_limited");
  });

  it("counts failures per client address, taking it from X-Forwarded-For behind trusted proxies", async () => {
    const behindProxy = authorizeWith({ TRUSTED_PROXY_COUNT: "1" });
    const client = `ip-${tag}-client`;
    for (let i = 0; i < 3; i++) {
      // As the web server passes it on (lib/security/forwarded-headers.ts): what the proxy sent
      // (anything the client prepended, then the address the proxy saw), then the socket's
      // address, the proxy itself. The proxy's entry is the one counted.
      await behindProxy({ email: `${tag}-guess-${i}@accounts.test`, password: "nope" }, request(`spoofed-${tag}-${i}, ${client}, 10.0.0.2`));
    }
    expect((await db.rateLimit.findUnique({ where: { key: `sign-in:ip:${client}` } }))?.count).toBe(3);
    expect(await db.rateLimit.count({ where: { key: { startsWith: `sign-in:ip:spoofed-${tag}` } } })).toBe(0);
  });
});

describe("signIn callback", () => {
  const { callbacks } = buildAuthConfig(parseEnv({}), db);

  it("refuses email-link and single sign-on sign-ins for deactivated accounts, whatever the email's case", async () => {
    const inactive = await createTestUser(db, tag, "sso-inactive", { active: false });
    const active = await createTestUser(db, tag, "sso-active");
    const signIn = (email: string, provider: string) => callbacks!.signIn!({ user: { email }, account: { provider } } as never);
    expect(await signIn(inactive.email.toUpperCase(), "oidc")).toBe(false);
    expect(await signIn(inactive.email, "nodemailer")).toBe(false);
    expect(await signIn(active.email, "oidc")).toBe(true);
    expect(await signIn(`${tag}-first-time@accounts.test`, "oidc")).toBe(true);
  });

  it("stores the user's current session version in the token at sign-in", async () => {
    const user = await createTestUser(db, tag, "versioned");
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 4 } });
    expect(await callbacks!.jwt!({ token: {}, user: { id: user.id } } as never)).toMatchObject({ sub: user.id, sv: 4 });
  });
});
