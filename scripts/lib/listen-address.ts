// Where the web server listens (HOST), how this machine reaches it, and the warning for a
// server reachable from other machines while outgoing mail stays in the development mailbox.
import { isIP } from "node:net";
import type { Env } from "../../lib/env";
import { isLoopback } from "../../lib/net/loopback";

/** An address that reaches a server listening on `host` from this machine. */
export function reachableAddress(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "::1";
  return host;
}

/** http://host:port, with an IPv6 address in brackets. */
export function httpOrigin(host: string, port: number): string {
  return `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}

/** The address people open: localhost for this machine or every interface, else HOST itself. */
export function publicOrigin(env: Pick<Env, "HOST" | "PORT">): string {
  const everywhere = env.HOST === "0.0.0.0" || env.HOST === "::";
  return httpOrigin(isLoopback(env.HOST) || everywhere ? "localhost" : env.HOST, env.PORT);
}

/**
 * Without SMTP, emails (password resets, sign-in links, invitations) are kept in the
 * development mailbox. That is fine on this machine only; on a network it must be loud.
 * (Production refuses to start without SMTP: lib/env.ts.)
 */
export function exposureWarning(env: Pick<Env, "HOST" | "SMTP_HOST">): string | null {
  if (isLoopback(env.HOST) || env.SMTP_HOST) return null;
  const line = "!".repeat(78);
  return [
    line,
    `!! WARNING: HOST=${env.HOST} makes this server reachable from other machines, and SMTP_HOST`,
    "!! is not set: outgoing email, password-reset and sign-in links included, is kept in the",
    "!! development mailbox instead of being sent. Set SMTP_HOST (and APP_URL) before letting",
    "!! anyone else use this server, or unset HOST to serve this machine only.",
    line,
  ].join("\n");
}
