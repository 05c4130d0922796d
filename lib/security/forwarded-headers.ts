// What a request says about where it came from, made trustworthy before Next.js sees it. The
// web server (scripts/serve.ts) runs this on every request: Next.js itself fills in
// X-Forwarded-For from the socket only when the request carries none, so without it a client
// would choose the address the per-address limits count, and the host and protocol Next.js
// and Auth.js think they are served on.
import type { IncomingHttpHeaders } from "node:http";

/** Headers only a proxy in front of the app may set. */
const PROXY_HEADERS = ["x-forwarded-for", "x-real-ip", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"] as const;

/**
 * With no trusted proxy, drops every forwarding header the client sent and sets
 * X-Forwarded-For to the socket's address. Behind `trustedProxyCount` proxies, keeps what they
 * sent and appends the socket's address (the nearest proxy), as each proxy appends the address
 * it saw: clientIp() then reads the client's entry from the end.
 */
export function normalizeForwardedHeaders(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustedProxyCount: number,
): void {
  const forwardedFor = trustedProxyCount > 0 ? [headers["x-forwarded-for"] ?? []].flat().join(", ") : "";
  if (trustedProxyCount === 0) for (const name of PROXY_HEADERS) delete headers[name];
  headers["x-forwarded-for"] = [forwardedFor, socketAddress || "unknown"].filter(Boolean).join(", ");
}
