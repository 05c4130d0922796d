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

/** A secret as `openssl rand -base64 24` makes one. */
const SECRET = "q3Jv8Lw1Zr6TnYb0Kc5HxP2sGd9MfA7e";

describe("parseEnv: auth and mail", () => {
  it("enables OpenID Connect only with issuer, client id and secret together", () => {
    const full = { OIDC_ISSUER: "https://login.example.org/tenant/v2.0", OIDC_CLIENT_ID: "puente", OIDC_CLIENT_SECRET: "s3cret" };
    expect(parseEnv(full)).toMatchObject(full);
    expect(() => parseEnv({ OIDC_ISSUER: full.OIDC_ISSUER })).toThrow(/OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/);
  });

  it("requires AUTH_SECRET and SMTP in production", () => {
    expect(() => parseEnv({ PUENTE_ENV: "production" })).toThrow(/AUTH_SECRET: is required[\s\S]*APP_URL: is required[\s\S]*SMTP_HOST: is required/);
    const env = parseEnv({ PUENTE_ENV: "production", AUTH_SECRET: SECRET, SMTP_HOST: "smtp.example.org", APP_URL: "https://puente.example.org" });
    expect(env).toMatchObject({ SMTP_PORT: 587, SMTP_SECURE: false });
  });

  it("refuses what would be unsafe on a network in production, naming each variable", () => {
    const good = { PUENTE_ENV: "production", AUTH_SECRET: SECRET, SMTP_HOST: "smtp.example.org", APP_URL: "https://puente.example.org" };
    const refused = (changes: Record<string, string>, message: RegExp) => expect(() => parseEnv({ ...good, ...changes })).toThrow(message);
    refused({ AUTH_SECRET: "x".repeat(64) }, /AUTH_SECRET: is too weak for PUENTE_ENV=production: it repeats a shorter string/);
    refused({ AUTH_SECRET: "abcdefgh".repeat(5) }, /AUTH_SECRET: is too weak.*repeats/);
    refused({ AUTH_SECRET: "please-changeme-before-going-live-0123" }, /AUTH_SECRET: is too weak.*placeholder \(contains "changeme"\)/);
    refused({ AUTH_SECRET: "abcdabdcadcbacbdbadcbdacbcadcdab" }, /AUTH_SECRET: is too weak.*uses only 4 different characters/);
    // 31 hex characters: 124 bits.
    refused({ AUTH_SECRET: "9f86d081884c7d659a2feaa0c55ad01" }, /AUTH_SECRET: is too weak.*about 124 bits, at least 128/);
    refused({ APP_URL: "http://puente.example.org" }, /APP_URL: must be an https:\/\/ address when PUENTE_ENV=production: session cookies are Secure/);
    refused({ AUTH_URL: "http://puente.example.org/api/auth" }, /AUTH_URL: must be an https:\/\/ address/);
    refused({ SEED_DEMO_CONTENT: "auto" }, /SEED_DEMO_CONTENT: must not be auto when PUENTE_ENV=production/);
    // Production never seeds unless told not to… and seeding cannot be turned on.
    expect(parseEnv(good).SEED_DEMO_CONTENT).toBe("never");
    expect(parseEnv({}).SEED_DEMO_CONTENT).toBe("auto");
    // Secrets as `openssl rand` makes them pass: 32 hex characters, 32 bytes in base64.
    expect(() => parseEnv({ ...good, AUTH_SECRET: "9f86d081884c7d659a2feaa0c55ad015" })).not.toThrow();
    expect(() => parseEnv({ ...good, AUTH_SECRET: "n4bQgYhMLqbI0FMzW8v3Xh9mT1pZ+7oR5eD2kcAsy6U=" })).not.toThrow();
    // Outside production the same settings are allowed (a laptop runs over http with demo content).
    expect(() => parseEnv({ ...good, PUENTE_ENV: "development", APP_URL: "http://localhost:3000", SEED_DEMO_CONTENT: "auto" })).not.toThrow();
  });

  it("rejects a short AUTH_SECRET and reads boolean flags", () => {
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
    expect(parseEnv({ SMTP_SECURE: "true", AUTH_TRUST_HOST: "0" })).toMatchObject({ SMTP_SECURE: true, AUTH_TRUST_HOST: false });
  });
});
