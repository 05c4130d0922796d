import { describe, expect, it } from "vitest";
import { appOrigin } from "./app-url";

describe("appOrigin", () => {
  it("uses APP_URL whatever the request claims, so emailed links cannot be pointed elsewhere", () => {
    const headers = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(appOrigin({ APP_URL: "https://puente.example.org/" }, headers)).toBe("https://puente.example.org");
  });

  it("falls back to the request's forwarded host and protocol locally", () => {
    expect(appOrigin({ APP_URL: undefined }, new Headers({ host: "127.0.0.1:3000", "x-forwarded-proto": "http" }))).toBe("http://127.0.0.1:3000");
    expect(appOrigin({ APP_URL: undefined }, new Headers({ host: "internal:3000", "x-forwarded-host": "localhost:3000" }))).toBe("http://localhost:3000");
  });
});
