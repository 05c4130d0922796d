// Runs before every page (not API routes, Next internals or files): locale negotiation
// (/  ->  /en or /es from the cookie, then Accept-Language) and a per-request nonce
// Content-Security-Policy. Not an authorization layer: access rules live in lib/dal.
import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { loadEnv } from "./lib/env";
import { routing } from "./lib/i18n/routing";
import { buildCsp } from "./lib/security/csp";
import { generateNonce } from "./lib/security/nonce";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const env = loadEnv();
  const csp = buildCsp({
    nonce: generateNonce(),
    dev: env.NODE_ENV === "development",
    upgradeInsecure: env.PUENTE_ENV === "production",
    formTargets: env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [],
  });
  // Next.js takes the nonce for its own scripts from this REQUEST header. next-intl builds
  // its NextResponse.next()/rewrite() from a copy of request.headers, so setting it here
  // forwards it to the page (this also replaces any value the client sent).
  request.headers.set("Content-Security-Policy", csp);
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
