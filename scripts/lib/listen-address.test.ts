import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";
import { exposureWarning, httpOrigin, publicOrigin, reachableAddress } from "./listen-address";

describe("HOST", () => {
  it("is this machine only by default", () => {
    expect(parseEnv({}).HOST).toBe("127.0.0.1");
  });

  it.each(["0.0.0.0", "::", "10.1.2.3", "fe80::1", "puente.internal"])("accepts %s", (host) => {
    expect(parseEnv({ HOST: host }).HOST).toBe(host);
  });

  it.each(["http://0.0.0.0", "0.0.0.0:3000", "two words"])("rejects %s, naming the variable", (host) => {
    expect(() => parseEnv({ HOST: host })).toThrow(/HOST: must be an IP address or a host name/);
  });

  it("in production, refuses to run without SMTP, saying where the links would go", () => {
    const production = { PUENTE_ENV: "production", AUTH_SECRET: "q3Jv8Lw1Zr6TnYb0Kc5HxP2sGd9MfA7e", APP_URL: "https://puente.example.org", HOST: "0.0.0.0" };
    expect(() => parseEnv(production)).toThrow(/SMTP_HOST: is required when PUENTE_ENV=production: without it, sign-in and password-reset links/);
  });
});

describe("exposureWarning", () => {
  it("is loud for a server reachable from elsewhere that keeps its mail in the development mailbox", () => {
    expect(exposureWarning({ HOST: "0.0.0.0", SMTP_HOST: undefined })).toMatch(/WARNING: HOST=0\.0\.0\.0[\s\S]*development mailbox/);
    expect(exposureWarning({ HOST: "192.0.2.10", SMTP_HOST: undefined })).not.toBeNull();
  });

  it("is silent on this machine only, or with SMTP", () => {
    expect(exposureWarning({ HOST: "127.0.0.1", SMTP_HOST: undefined })).toBeNull();
    expect(exposureWarning({ HOST: "localhost", SMTP_HOST: undefined })).toBeNull();
    expect(exposureWarning({ HOST: "0.0.0.0", SMTP_HOST: "smtp.example.org" })).toBeNull();
  });
});

describe("addresses", () => {
  it("reaches a server on every interface through loopback", () => {
    expect(reachableAddress("0.0.0.0")).toBe("127.0.0.1");
    expect(reachableAddress("::")).toBe("::1");
    expect(reachableAddress("10.1.2.3")).toBe("10.1.2.3");
    expect(httpOrigin("::1", 3000)).toBe("http://[::1]:3000");
  });

  it("tells people to open localhost unless HOST names one address", () => {
    expect(publicOrigin({ HOST: "127.0.0.1", PORT: 3000 })).toBe("http://localhost:3000");
    expect(publicOrigin({ HOST: "0.0.0.0", PORT: 3000 })).toBe("http://localhost:3000");
    expect(publicOrigin({ HOST: "10.1.2.3", PORT: 8080 })).toBe("http://10.1.2.3:8080");
  });
});
