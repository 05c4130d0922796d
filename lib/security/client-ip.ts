/**
 * The client's address for per-address rate limits: the one place that reads it. The web
 * server (scripts/serve.ts, normalizeForwardedHeaders) rewrites X-Forwarded-For before Next.js
 * sees a request: with no trusted proxy it holds only the socket's address; behind N trusted
 * proxies, the addresses they recorded followed by the socket's (the nearest proxy). The client
 * is the entry N + 1 from the end; anything further left may have been made up by the client.
 */
export function clientIp(headers: Headers, trustedProxyCount: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = entries.length - 1 - trustedProxyCount;
  return entries[Math.max(0, index)] ?? "unknown";
}
