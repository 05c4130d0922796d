import { describe, expect, it } from "vitest";
import { buildCsp } from "./csp";
import { generateNonce } from "./nonce";

const nonce = "AAECAwQFBgcICQoLDA0ODw==";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe("buildCsp", () => {
  it("builds the production policy", () => {
    expect(buildCsp({ nonce, dev: false, upgradeInsecure: true })).toBe(
      "default-src 'self'; " +
        `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; ` +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });

  it("never allows inline scripts, and eval only in development", () => {
    for (const dev of [false, true]) {
      const script = directives(buildCsp({ nonce, dev, upgradeInsecure: false })).get("script-src");
      expect(script).not.toContain("'unsafe-inline'");
      expect(script?.includes("'unsafe-eval'")).toBe(dev);
      expect(script).toContain(`'nonce-${nonce}'`);
    }
  });

  it("upgrades insecure requests only when asked", () => {
    expect(buildCsp({ nonce, dev: false, upgradeInsecure: false })).not.toContain("upgrade-insecure-requests");
    expect(directives(buildCsp({ nonce, dev: false, upgradeInsecure: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("forbids framing, plugins and foreign form targets", () => {
    const policy = directives(buildCsp({ nonce, dev: false, upgradeInsecure: false }));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it.each(["", "abc'; script-src *", "a b", "nonce;"])("rejects a nonce that could alter the policy: %j", (bad) => {
    expect(() => buildCsp({ nonce: bad, dev: false, upgradeInsecure: false })).toThrow();
  });
});

describe("generateNonce", () => {
  it("is base64 of 16 random bytes, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, generateNonce));
    expect(nonces.size).toBe(100);
    for (const value of nonces) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(value, "base64")).toHaveLength(16);
    }
  });

  it("is accepted by buildCsp", () => {
    const value = generateNonce();
    expect(buildCsp({ nonce: value, dev: false, upgradeInsecure: false })).toContain(`'nonce-${value}'`);
  });
});

describe("buildCsp form targets", () => {
  it("lets sign-in forms redirect to the single sign-on provider, and nothing malformed", () => {
    const csp = buildCsp({ nonce: "abc123==", dev: false, upgradeInsecure: false, formTargets: ["https://login.example.org", "https://x; script-src *"] });
    expect(csp).toContain("form-action 'self' https://login.example.org;");
    expect(csp).not.toContain("script-src *");
  });
});
