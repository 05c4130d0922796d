import "server-only";
// The common frame of every API route: same-origin check for writes, the viewer, the answer's
// language, and errors turned into JSON answers (lib/http/api-response.ts).
//
// Who asks comes before what they send: the session is read before the handler runs, and a
// write (POST, PATCH, PUT, DELETE) without one is answered 404 before a byte of its body is
// read, whatever its size or content. Handlers read bodies with readJson (1 MB) or
// readLimitedBody, never request.json().
import { getViewer } from "@/lib/auth/viewer";
import { loadEnv } from "@/lib/env";
import { notFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import type { Viewer } from "@/lib/policies/viewer";
import { apiLocale } from "./api-messages";
import { ApiError, assertSameOrigin, errorResponse } from "./api-response";
import { appOrigin } from "./app-url";
import { hasMalformedQuery } from "./url-shape";

export interface ApiContext<P> {
  viewer: Viewer;
  params: P;
  /** The language of error messages (?locale=, else Accept-Language). */
  locale: Locale;
}

const isWrite = (method: string) => method !== "GET" && method !== "HEAD" && method !== "OPTIONS";

export function apiRoute<P>(handler: (request: Request, context: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const locale = apiLocale(request);
    try {
      // A malformed path never gets here (proxy.ts); a malformed query would reach the
      // handler as U+FFFD replacement characters.
      if (hasMalformedQuery(new URL(request.url).search)) throw new ApiError(400, "malformed_url");
      const write = isWrite(request.method);
      if (write) assertSameOrigin(request, appOrigin(loadEnv(), request.headers));
      const viewer = await getViewer();
      if (write && viewer.kind !== "user") throw notFoundError();
      return await handler(request, { viewer, params: await params, locale });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
