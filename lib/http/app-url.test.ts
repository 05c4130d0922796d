import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { appOrigin, linkOrigin } from "./app-url";

describe("linkOrigin (links in emails)", () => {
  it("is APP_URL without its trailing slash", () => {
    expect(linkOrigin(parseEnv({ APP_URL: "https://puente.example.org/" }))).toBe("https://puente.example.org");
    expect(linkOrigin(parseEnv({ APP_URL: "http://127.0.0.1:3330", PUENTE_ENV: "test" }))).toBe("http://127.0.0.1:3330");
  });

  it("is the local server in development and test, on its configured port", () => {
    expect(linkOrigin(parseEnv({}))).toBe("http://localhost:3000");
    expect(linkOrigin(parseEnv({ PUENTE_ENV: "test", PORT: "4321" }))).toBe("http://localhost:4321");
  });

  it("refuses to guess in production without APP_URL", () => {
    expect(() => linkOrigin({ PUENTE_ENV: "production", APP_URL: undefined, PORT: 3000 })).toThrow(/APP_URL/);
  });
});

describe("appOrigin (answering the request itself)", () => {
  it("uses APP_URL whatever the request claims", () => {
    const headers = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(appOrigin({ APP_URL: "https://puente.example.org/" }, headers)).toBe("https://puente.example.org");
  });

  it("falls back to the request's forwarded host and protocol locally", () => {
    expect(appOrigin({ APP_URL: undefined }, new Headers({ host: "127.0.0.1:3000", "x-forwarded-proto": "http" }))).toBe("http://127.0.0.1:3000");
    expect(appOrigin({ APP_URL: undefined }, new Headers({ host: "internal:3000", "x-forwarded-host": "localhost:3000" }))).toBe("http://localhost:3000");
  });
});
