// Runs before every page (not API routes, Next internals or files): locale negotiation
// (/  ->  /en or /es from the cookie, then Accept-Language; an unknown language prefix is
// dropped first) and a per-request nonce
// Content-Security-Policy. Not an authorization layer: access rules live in lib/dal.
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { loadEnv } from "./lib/env";
import { foreignLocalePrefix } from "./lib/i18n/foreign-locale";
import { routing } from "./lib/i18n/routing";
import { buildCsp } from "./lib/security/csp";
import { generateNonce } from "./lib/security/nonce";

const handleI18nRouting = createMiddleware(routing);

/**
 * /fr/focus-areas → /en/focus-areas (or /es/…, negotiated as for /focus-areas), not /en/fr/…;
 * /es-CO/… → /es/…. Anything else is next-intl's.
 */
function routeLocale(request: NextRequest): NextResponse {
  const foreign = foreignLocalePrefix(request.nextUrl.pathname);
  if (!foreign) return handleI18nRouting(request);
  const url = request.nextUrl.clone();
  if (foreign.locale) {
    url.pathname = `/${foreign.locale}${foreign.rest === "/" ? "" : foreign.rest}`;
    return NextResponse.redirect(url);
  }
  url.pathname = foreign.rest;
  return handleI18nRouting(new NextRequest(url, { headers: request.headers }));
}

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
  const response = routeLocale(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
