import { describe, expect, it } from "vitest";
import { isCrossSiteForm } from "./form-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isCrossSiteForm", () => {
  it("lets reads through whatever their Origin", () => {
    expect(isCrossSiteForm("GET", headers({ host: "puente.test", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteForm("HEAD", headers({ host: "puente.test", origin: "null" }))).toBe(false);
  });

  it("accepts a post from the host it was sent to, or without an Origin", () => {
    expect(isCrossSiteForm("POST", headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSiteForm("POST", headers({ host: "Puente.Test", origin: "https://puente.test" }))).toBe(false);
    expect(isCrossSiteForm("POST", headers({ host: "127.0.0.1:3000" }))).toBe(false);
  });

  it("refuses a post from another host, port, an opaque or an unreadable Origin", () => {
    expect(isCrossSiteForm("POST", headers({ host: "127.0.0.1:3000", origin: "http://evil.example" }))).toBe(true);
    expect(isCrossSiteForm("POST", headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:4000" }))).toBe(true);
    expect(isCrossSiteForm("DELETE", headers({ host: "127.0.0.1:3000", origin: "null" }))).toBe(true);
    expect(isCrossSiteForm("POST", headers({ host: "127.0.0.1:3000", origin: "not a url" }))).toBe(true);
  });

  it("compares with X-Forwarded-Host when a trusted proxy left it there, as Next.js does", () => {
    const behindProxy = { host: "10.0.0.5:3000", "x-forwarded-host": "puente.example.org" };
    expect(isCrossSiteForm("POST", headers({ ...behindProxy, origin: "https://puente.example.org" }))).toBe(false);
    expect(isCrossSiteForm("POST", headers({ ...behindProxy, origin: "http://10.0.0.5:3000" }))).toBe(true);
  });
});
