import type { Env } from "@/lib/env";

/**
 * The origin of links that leave the request, in emails above all (confirmation, sign-in link,
 * password reset, invitation, notices): APP_URL, or in development and test the local server,
 * http://localhost:PORT. Never a request header: whoever sends the request chooses those, and
 * could point a password-reset link at their own site.
 */
export function linkOrigin(env: Pick<Env, "APP_URL" | "PORT" | "PUENTE_ENV">): string {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, "");
  // lib/env.ts already requires APP_URL in production; repeated so a link can never guess there.
  if (env.PUENTE_ENV === "production") throw new Error("APP_URL is required when PUENTE_ENV=production");
  return `http://localhost:${env.PORT}`;
}

/**
 * The origin the current request was sent to, for answering that same request (same-origin
 * checks, Auth.js's redirects back to the page the person is on): APP_URL when set, else the
 * request's own headers. Not for anything sent elsewhere: use linkOrigin for that.
 */
export function appOrigin(env: Pick<Env, "APP_URL">, headers: Headers): string {
  if (env.APP_URL) return env.APP_URL.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto = headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
