import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, PUENTE_DATA_DIR: ".data", LOG_LEVEL: "info" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" })).toMatchObject({ DATABASE_URL: undefined, PORT: 3000 });
  });

  it("accepts a postgres URL and a numeric port", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/puente", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5432/puente");
    expect(env.PORT).toBe(8080);
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/db"],
    ["DATABASE_URL", "not a url"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["NODE_ENV", "staging"],
    ["APP_URL", "example.org"],
  ])("names the bad variable %s=%s", (name, value) => {
    try {
      parseEnv({ [name]: value });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).message).toContain(`${name}:`);
    }
  });
});

describe("parseEnv: auth and mail", () => {
  it("enables OpenID Connect only with issuer, client id and secret together", () => {
    const full = { OIDC_ISSUER: "https://login.example.org/tenant/v2.0", OIDC_CLIENT_ID: "puente", OIDC_CLIENT_SECRET: "s3cret" };
    expect(parseEnv(full)).toMatchObject(full);
    expect(() => parseEnv({ OIDC_ISSUER: full.OIDC_ISSUER })).toThrow(/OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/);
  });

  it("requires AUTH_SECRET and SMTP in production", () => {
    expect(() => parseEnv({ PUENTE_ENV: "production" })).toThrow(/AUTH_SECRET: is required[\s\S]*APP_URL: is required[\s\S]*SMTP_HOST: is required/);
    const env = parseEnv({ PUENTE_ENV: "production", AUTH_SECRET: "x".repeat(32), SMTP_HOST: "smtp.example.org", APP_URL: "https://puente.example.org" });
    expect(env).toMatchObject({ SMTP_PORT: 587, SMTP_SECURE: false });
  });

  it("rejects a short AUTH_SECRET and reads boolean flags", () => {
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(parseEnv({ SMTP_SECURE: "true", AUTH_TRUST_HOST: "0" })).toMatchObject({ SMTP_SECURE: true, AUTH_TRUST_HOST: false });
  });
});
