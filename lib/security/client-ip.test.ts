import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { normalizeForwardedHeaders } from "./forwarded-headers";

/** What the app sees for a request with `sent` headers from `socket`, after the web server's normalization. */
function seen(sent: IncomingHttpHeaders, socket: string | undefined, trustedProxyCount: number) {
  const headers = { host: "localhost:3000", ...sent };
  normalizeForwardedHeaders(headers, socket, trustedProxyCount);
  const web = new Headers();
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) web.set(name, [value].flat().join(", "));
  return { headers: web, ip: clientIp(web, trustedProxyCount) };
}

describe("client address without a trusted proxy", () => {
  it("is the socket's address, whatever the client claims", () => {
    expect(seen({}, "192.0.2.5", 0).ip).toBe("192.0.2.5");
    expect(seen({ "x-forwarded-for": "203.0.113.7" }, "192.0.2.5", 0).ip).toBe("192.0.2.5");
    expect(seen({ "x-forwarded-for": "203.0.113.7, 198.51.100.1" }, "192.0.2.5", 0).ip).toBe("192.0.2.5");
    expect(seen({ "x-real-ip": "203.0.113.7" }, "192.0.2.5", 0).ip).toBe("192.0.2.5");
  });

  it("drops the forwarding headers a client sent, so Next.js sets them from the connection", () => {
    const { headers } = seen(
      { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443", forwarded: "host=evil.example", "x-real-ip": "6.6.6.6" },
      "127.0.0.1",
      0,
    );
    expect([...headers.keys()].sort()).toEqual(["host", "x-forwarded-for"]);
    expect(headers.get("x-forwarded-for")).toBe("127.0.0.1");
  });

  it("is 'unknown' when the socket is already gone", () => {
    expect(seen({ "x-forwarded-for": "203.0.113.7" }, undefined, 0).ip).toBe("unknown");
  });
});

describe("client address behind trusted proxies", () => {
  it("is the address the farthest trusted proxy saw", () => {
    // client -> proxy (appends the client) -> app (socket = proxy)
    expect(seen({ "x-forwarded-for": "198.51.100.1" }, "10.0.0.2", 1).ip).toBe("198.51.100.1");
    // client -> CDN (appends the client) -> proxy (appends the CDN) -> app
    expect(seen({ "x-forwarded-for": "198.51.100.1, 10.0.0.9" }, "10.0.0.2", 2).ip).toBe("198.51.100.1");
  });

  it("skips what the client put in front of the proxies' entries", () => {
    expect(seen({ "x-forwarded-for": "6.6.6.6, 198.51.100.1" }, "10.0.0.2", 1).ip).toBe("198.51.100.1");
    expect(seen({ "x-forwarded-for": ["6.6.6.6", "198.51.100.1, 10.0.0.9"] as unknown as string }, "10.0.0.2", 2).ip).toBe("198.51.100.1");
  });

  it("keeps the host and protocol the proxies set", () => {
    const { headers } = seen({ "x-forwarded-for": "198.51.100.1", "x-forwarded-host": "puente.example.org", "x-forwarded-proto": "https" }, "10.0.0.2", 1);
    expect(headers.get("x-forwarded-host")).toBe("puente.example.org");
    expect(headers.get("x-forwarded-proto")).toBe("https");
  });

  it("falls back to the leftmost entry when fewer proxies than configured were passed", () => {
    expect(seen({}, "10.0.0.2", 3).ip).toBe("10.0.0.2");
  });
});

describe("clientIp", () => {
  it("answers 'unknown' when there is nothing to go by", () => {
    expect(clientIp(new Headers(), 0)).toBe("unknown");
  });
});
