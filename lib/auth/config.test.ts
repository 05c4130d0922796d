// Auth.js configuration built from settings: which providers, cookie security, JWT sessions,
// and the callbacks that carry the session version. No database: the callbacks get a stub.
import { describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { buildAuthConfig, buildProviders, SESSION_MAX_AGE_SECONDS } from "./config";

// next-auth's entry point imports "next/server" without an extension, which Node's ESM loader
// cannot resolve outside a Next.js bundle. config.ts needs only CredentialsSignin from it, which
// next-auth re-exports from @auth/core.
vi.mock("next-auth", async () => ({ CredentialsSignin: (await import("@auth/core/errors")).CredentialsSignin }));

const noDb = {} as Database;
const oidcSettings = {
  OIDC_ISSUER: "https://login.example.org/tenant/v2.0",
  OIDC_CLIENT_ID: "puente-client",
  OIDC_CLIENT_SECRET: "client-secret-value",
};
const productionSettings = {
  PUENTE_ENV: "production",
  AUTH_SECRET: "q3Jv8Lw1Zr6TnYb0Kc5HxP2sGd9MfA7e",
  APP_URL: "https://puente.example.org",
  SMTP_HOST: "smtp.example.org",
};

// Provider objects are plain data; these are the fields the tests look at.
type ProviderShape = { id: string; type: string; name?: string; issuer?: string; clientId?: string; clientSecret?: string; options?: Record<string, unknown> };
const shapes = (env: Record<string, string>) => buildProviders(parseEnv(env), noDb) as unknown as ProviderShape[];

type Query = (args: unknown) => Promise<unknown>;
function stubDb(user: { findUnique?: Query; update?: Query }) {
  return { user: { findUnique: vi.fn<Query>(user.findUnique ?? (async () => null)), update: vi.fn<Query>(user.update ?? (async () => ({}))) } };
}

describe("buildProviders", () => {
  it("without OpenID Connect settings offers only password and email-link sign-in", () => {
    const providers = shapes({});
    expect(providers.map((p) => [p.id, p.type])).toEqual([["credentials", "credentials"], ["nodemailer", "email"]]);
    expect(providers.some((p) => p.type === "oidc")).toBe(false);
  });

  it("configures the email link: 15 minutes, our sender, our mailer rather than Auth.js's", () => {
    const [, email] = shapes({ MAIL_FROM: "Puente <hub@example.org>", SMTP_HOST: "smtp.example.org", SMTP_PORT: "2525" });
    expect(email!.options).toMatchObject({ maxAge: 15 * 60, from: "Puente <hub@example.org>", server: { host: "smtp.example.org", port: 2525 } });
    expect(typeof email!.options!.sendVerificationRequest).toBe("function");
    const [, local] = shapes({});
    expect(local!.options).toMatchObject({ server: { host: "localhost", port: 587 } });
  });

  it("adds an 'oidc' provider when issuer, client id and secret are set", () => {
    const providers = shapes({ ...oidcSettings, OIDC_DISPLAY_NAME: "Coalition SSO" });
    expect(providers.map((p) => p.id)).toEqual(["credentials", "nodemailer", "oidc"]);
    expect(providers[2]).toMatchObject({
      id: "oidc",
      type: "oidc",
      name: "Coalition SSO",
      issuer: oidcSettings.OIDC_ISSUER,
      clientId: oidcSettings.OIDC_CLIENT_ID,
      clientSecret: oidcSettings.OIDC_CLIENT_SECRET,
    });
  });

  it("names the OpenID Connect provider 'Single sign-on' by default", () => {
    expect(shapes(oidcSettings)[2]!.name).toBe("Single sign-on");
  });

  it("rejects a credentials attempt with a malformed email without touching the database", async () => {
    const [credentials] = shapes({});
    const authorize = credentials!.options!.authorize as (raw: unknown, request: Request) => Promise<unknown>;
    const request = new Request("http://localhost/api/auth/callback/credentials");
    expect(await authorize({ email: "not-an-email", password: "x" }, request)).toBeNull();
    expect(await authorize({ email: "a@example.org", password: "" }, request)).toBeNull();
  });
});

describe("buildAuthConfig", () => {
  it("uses JWT sessions for 30 days, the configured secret and the app's pages", () => {
    const config = buildAuthConfig(parseEnv({ AUTH_SECRET: "x".repeat(32) }), noDb);
    expect(config.session).toEqual({ strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS });
    expect(SESSION_MAX_AGE_SECONDS).toBe(30 * 24 * 60 * 60);
    expect(config.secret).toBe("x".repeat(32));
    expect(config.pages).toEqual({ signIn: "/sign-in", verifyRequest: "/check-email", error: "/sign-in" });
    expect(config.adapter).toBeDefined();
    expect((config.providers as unknown as ProviderShape[]).map((p) => p.id)).toEqual(["credentials", "nodemailer"]);
  });

  it("secures cookies only in production", () => {
    expect(buildAuthConfig(parseEnv({}), noDb).useSecureCookies).toBe(false);
    expect(buildAuthConfig(parseEnv({ PUENTE_ENV: "test" }), noDb).useSecureCookies).toBe(false);
    expect(buildAuthConfig(parseEnv({ NODE_ENV: "production" }), noDb).useSecureCookies).toBe(false);
    const production = buildAuthConfig(parseEnv(productionSettings), noDb);
    expect(production.useSecureCookies).toBe(true);
    expect(production.secret).toBe(productionSettings.AUTH_SECRET);
  });

  it("trusts the Host header as configured", () => {
    expect(buildAuthConfig(parseEnv({}), noDb).trustHost).toBe(true);
    expect(buildAuthConfig(parseEnv({ AUTH_TRUST_HOST: "false" }), noDb).trustHost).toBe(false);
  });
});

describe("callbacks", () => {
  const callbacksWith = (db: ReturnType<typeof stubDb>) => buildAuthConfig(parseEnv({}), db as unknown as Database);

  it("jwt stores the user id and current session version at sign-in, and leaves later tokens alone", async () => {
    const db = stubDb({ findUnique: async () => ({ sessionVersion: 7 }) });
    const { callbacks } = callbacksWith(db);
    const token = await callbacks!.jwt!({ token: {}, user: { id: "user-1" } } as never);
    expect(token).toMatchObject({ sub: "user-1", sv: 7 });
    expect(db.user.findUnique).toHaveBeenCalledWith(expect.objectContaining({ where: { id: "user-1" } }));
    db.user.findUnique.mockClear();
    expect(await callbacks!.jwt!({ token: { sub: "user-1", sv: 7 } } as never)).toEqual({ sub: "user-1", sv: 7 });
    expect(db.user.findUnique).not.toHaveBeenCalled();
  });

  it("session exposes the user id and session version, -1 when the token has none", async () => {
    const { callbacks } = callbacksWith(stubDb({}));
    const session = () => ({ user: {}, expires: "" });
    expect(await callbacks!.session!({ session: session(), token: { sub: "u1", sv: 3 } } as never)).toMatchObject({ user: { id: "u1" }, sessionVersion: 3 });
    expect(await callbacks!.session!({ session: session(), token: {} } as never)).toMatchObject({ sessionVersion: -1 });
  });

  it("signIn keeps deactivated accounts out of email links and single sign-on", async () => {
    const inactive = stubDb({ findUnique: async () => ({ active: false }) });
    const signIn = callbacksWith(inactive).callbacks!.signIn!;
    expect(await signIn({ user: { email: "Gone@Example.org" }, account: { provider: "oidc" } } as never)).toBe(false);
    expect(inactive.user.findUnique).toHaveBeenCalledWith(expect.objectContaining({ where: { email: "gone@example.org" } }));
    expect(await signIn({ user: { email: "gone@example.org" }, account: { provider: "nodemailer" } } as never)).toBe(false);
    // Password sign-in has already checked the account itself.
    inactive.user.findUnique.mockClear();
    expect(await signIn({ user: { email: "gone@example.org" }, account: { provider: "credentials" } } as never)).toBe(true);
    expect(inactive.user.findUnique).not.toHaveBeenCalled();

    const active = callbacksWith(stubDb({ findUnique: async () => ({ active: true }) })).callbacks!.signIn!;
    expect(await active({ user: { email: "here@example.org" }, account: { provider: "oidc" } } as never)).toBe(true);
    const unknown = callbacksWith(stubDb({ findUnique: async () => null })).callbacks!.signIn!;
    expect(await unknown({ user: { email: "new@example.org" }, account: { provider: "oidc" } } as never)).toBe(true);
  });

  it("records the sign-in time for email-link and single sign-on sign-ins (passwords do it themselves)", async () => {
    const db = stubDb({ update: async () => ({}) });
    const { events } = callbacksWith(db);
    await events!.signIn!({ user: { id: "u1" }, account: { provider: "oidc" } } as never);
    expect(db.user.update).toHaveBeenCalledWith({ where: { id: "u1" }, data: { lastSignInAt: expect.any(Date) } });
    db.user.update.mockClear();
    await events!.signIn!({ user: { id: "u1" }, account: { provider: "credentials" } } as never);
    expect(db.user.update).not.toHaveBeenCalled();
  });
});
