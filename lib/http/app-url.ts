import type { Env } from "@/lib/env";

/**
 * The site's origin for links in emails: APP_URL when set (required in production, where the
 * Host header must not decide where a password-reset link points), else the request's own.
 */
export function appOrigin(env: Pick<Env, "APP_URL">, headers: Headers): string {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
