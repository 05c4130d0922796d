import "server-only";
// The common frame of an API route: same-origin check for writes, the viewer, and errors
// turned into JSON answers (lib/http/api-response.ts).
import { getViewer } from "@/lib/auth/viewer";
import { loadEnv } from "@/lib/env";
import type { Viewer } from "@/lib/policies/viewer";
import { appOrigin } from "./app-url";
import { assertSameOrigin, errorResponse } from "./api-response";

export function apiRoute<P>(handler: (request: Request, context: { viewer: Viewer; params: P }) => Promise<Response>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request, appOrigin(loadEnv(), request.headers));
      return await handler(request, { viewer: await getViewer(), params: await params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
