// Locale negotiation only: /  ->  /en or /es from the cookie, then Accept-Language.
// Not an authorization layer: access rules live in lib/dal.
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
