import type { NextRequest } from "next/server";
import { loadEnv, type Env } from "@/lib/env";
import { appOrigin } from "@/lib/http/app-url";

/**
 * Auth.js derives its base URL (for callbacks and redirects) from the request's URL, which
 * `next start` builds from its own listening hostname ("localhost"), not the one the browser
 * used. Rebuild it on APP_URL, or else the Host header, so cookies and redirects stay on the
 * site the person is actually on; that only answers this same request (links that leave it,
 * in emails, use linkOrigin from lib/http/app-url.ts). A plain Request: NextRequest would put
 * the server's hostname back, and turns 127.0.0.1 into "localhost".
 *
 * An operator's own AUTH_URL wins: next-auth applies it to Next's request (it reads nextUrl,
 * which a plain Request lacks), so that request is passed through untouched.
 */
export function withPublicOrigin(handler: (request: NextRequest) => Promise<Response>, getEnv: () => Pick<Env, "APP_URL" | "AUTH_URL"> = loadEnv) {
  return (request: NextRequest) => {
    const env = getEnv();
    if (env.AUTH_URL) return handler(request);
    const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, appOrigin(env, request.headers));
    const init = { method: request.method, headers: request.headers, body: request.body, duplex: "half" } as RequestInit;
    return handler(new Request(url, init) as NextRequest);
  };
}
