import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("clientIp", () => {
  it("takes the address Next.js or the nearest proxy recorded", () => {
    expect(clientIp(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientIp(headers("198.51.100.1, 203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("skips addresses a client could forge in front of trusted proxies", () => {
    expect(clientIp(headers("6.6.6.6, 198.51.100.1, 10.0.0.2"), 2)).toBe("198.51.100.1");
    expect(clientIp(headers("198.51.100.1"), 3)).toBe("198.51.100.1");
  });

  it("answers 'unknown' when there is nothing to go by", () => {
    expect(clientIp(headers(), 0)).toBe("unknown");
  });
});
