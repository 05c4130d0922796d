// Runs before every page (not API routes, Next internals or files): locale negotiation
// (/  ->  /en or /es from the cookie, then Accept-Language; an unknown language prefix is
// dropped first) and a per-request nonce
// Content-Security-Policy. Not an authorization layer: access rules live in lib/dal.
// It also answers malformed URLs (percent-escapes that are not UTF-8), which Next.js would
// answer with a bare 500: pages get the styled not-found page, API paths a JSON 400.
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { loadEnv } from "./lib/env";
import { apiLocale, errorMessage } from "./lib/http/api-messages";
import { isMalformedUrl } from "./lib/http/url-shape";
import { foreignLocalePrefix } from "./lib/i18n/foreign-locale";
import { isLocale, routing } from "./lib/i18n/routing";
import { buildCsp } from "./lib/security/csp";
import { crossSiteFormPage, isCrossSiteForm } from "./lib/security/form-origin";
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

/** A path no page has: the [...rest] catch-all renders the localized not-found page for it. */
const MALFORMED_URL_PAGE = "malformed-url";

function malformedUrlResponse(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const locale = apiLocale(request);
    return NextResponse.json({ error: { code: "malformed_url", message: errorMessage(locale, "malformed_url", 400) } }, { status: 400 });
  }
  return NextResponse.rewrite(new URL(`/${pageLocale(request)}/${MALFORMED_URL_PAGE}`, request.url));
}

/** The page's language: its prefix, else the cookie, else the default. */
function pageLocale(request: NextRequest) {
  const first = request.nextUrl.pathname.split("/")[1] ?? "";
  const cookie = request.cookies.get("NEXT_LOCALE")?.value ?? "";
  return isLocale(first) ? first : isLocale(cookie) ? cookie : routing.defaultLocale;
}

function crossSiteFormResponse(request: NextRequest): NextResponse {
  const locale = pageLocale(request);
  const page = crossSiteFormPage(errorMessage(locale, "cross_origin", 403), `/${locale}`, errorMessage(locale, "cross_origin_home", 403), locale);
  return new NextResponse(page, { status: 403, headers: { "content-type": "text/html; charset=utf-8" } });
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
  if (isMalformedUrl(request.url)) return withCsp(malformedUrlResponse(request), csp);
  // API paths come here only to be checked (see the matcher): the rest is the route's.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  if (isCrossSiteForm(request.method, request.headers)) return withCsp(crossSiteFormResponse(request), csp);
  return withCsp(routeLocale(request), csp);
}

function withCsp(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Everything except API routes, Next internals and files with an extension.
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // API paths only when they hold a percent-escape, to answer a malformed one (no API path
    // needs one: identifiers are [A-Za-z0-9_-]). Kept this narrow because Next.js buffers a
    // request's body (up to 10 MB) for the proxy, and API bodies are read with their own limits.
    "/api/:path(.*%.*)",
  ],
};
