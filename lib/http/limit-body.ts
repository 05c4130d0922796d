import "server-only";
// For route handlers that read request bodies themselves (Auth.js): the body is read first,
// under a limit (a declared Content-Length over it is refused unread, a chunked body is
// counted while it streams), and the handler gets a request holding only those bytes.
import { NextRequest } from "next/server";
import { apiLocale, errorMessage } from "./api-messages";
import { BodyTooLargeError, readLimitedBody } from "./read-limited-body";

export function withBodyLimit(handler: (request: NextRequest) => Promise<Response>, limit: number) {
  return async (request: NextRequest): Promise<Response> => {
    let body: Buffer;
    try {
      body = await readLimitedBody(request, limit);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      const message = errorMessage(apiLocale(request), "body_too_large", 413, { maxBytes: limit });
      return Response.json({ error: { code: "body_too_large", message, maxBytes: limit } }, { status: 413, headers: { "Cache-Control": "no-store" } });
    }
    return handler(new NextRequest(request.url, { method: request.method, headers: request.headers, body: body.length > 0 ? new Uint8Array(body) : undefined }));
  };
}
