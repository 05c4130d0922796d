import type { NextRequest } from "next/server";
import { loadEnv } from "@/lib/env";
import { appOrigin } from "@/lib/http/app-url";

/**
 * Auth.js derives its base URL (for callbacks and redirects) from the request's URL, which
 * `next start` builds from its own listening hostname ("localhost"), not the one the browser
 * used. Rebuild it from APP_URL, or else the Host header, so cookies and redirects stay on
 * the site the person is actually on. A plain Request: NextRequest would put the server's
 * hostname back.
 */
export function withPublicOrigin(handler: (request: NextRequest) => Promise<Response>) {
  return (request: NextRequest) => {
    const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, appOrigin(loadEnv(), request.headers));
    const init = { method: request.method, headers: request.headers, body: request.body, duplex: "half" } as RequestInit;
    return handler(new Request(url, init) as NextRequest);
  };
}
