/**
 * The client's address for per-IP rate limits, from X-Forwarded-For. Next.js sets that header
 * to the socket's address only when the request does not carry one, so without a proxy a
 * client can choose it: per-account limits are the real protection then. Behind N trusted
 * proxies that each append the address they saw, the entry N from the end is the client's.
 */
export function clientIp(headers: Headers, trustedProxyCount: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = entries.length - Math.max(1, trustedProxyCount);
  return entries[Math.max(0, index)] ?? headers.get("x-real-ip") ?? "unknown";
}
