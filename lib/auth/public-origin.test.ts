import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withPublicOrigin } from "./public-origin";

/** What the wrapped Auth.js handler receives for a request Next built on its own hostname. */
async function received(env: { APP_URL?: string; AUTH_URL?: string }, headers: Record<string, string> = { host: "127.0.0.1:3330" }) {
  const request = new NextRequest("http://localhost:3330/api/auth/session?x=1", { headers });
  let seen: Request | undefined;
  await withPublicOrigin(async (req) => {
    seen = req;
    return new Response(null);
  }, () => ({ APP_URL: env.APP_URL, AUTH_URL: env.AUTH_URL }))(request);
  return { request, seen: seen! };
}

describe("withPublicOrigin", () => {
  it("puts the request on APP_URL, whatever its headers say (127.0.0.1 stays 127.0.0.1)", async () => {
    const { seen } = await received({ APP_URL: "http://127.0.0.1:3330" }, { host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(seen.url).toBe("http://127.0.0.1:3330/api/auth/session?x=1");
  });

  it("without APP_URL, puts the request on the host the browser used", async () => {
    const { seen } = await received({});
    expect(seen.url).toBe("http://127.0.0.1:3330/api/auth/session?x=1");
  });

  it("with an operator's AUTH_URL, hands Auth.js Next's own request, whose nextUrl it reads to apply AUTH_URL", async () => {
    const { request, seen } = await received({ AUTH_URL: "https://puente.example.org" });
    expect(seen).toBe(request);
    expect((seen as NextRequest).nextUrl.href).toBe("http://localhost:3330/api/auth/session?x=1");
  });
});
