import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readLimitedBody } from "./read-limited-body";

/** A real streamed request body that records how much of it was pulled, and whether it was cancelled. */
function streamedRequest(chunkCount: number, chunkSize: number, headers: Record<string, string> = {}) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunkCount) return controller.close();
      controller.enqueue(new Uint8Array(chunkSize).fill(state.pulled % 256));
      state.pulled++;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  const request = new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, state };
}

describe("readLimitedBody", () => {
  it("returns the whole body when it fits", async () => {
    const { request } = streamedRequest(4, 1000);
    const body = await readLimitedBody(request, 4000);
    expect(body).toHaveLength(4000);
    expect(body[0]).toBe(0);
    expect(body[3999]).toBe(3);
  });

  it("stops reading, and cancels the stream, as soon as the limit is passed", async () => {
    const { request, state } = streamedRequest(1000, 1024);
    await expect(readLimitedBody(request, 10 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    // 11 chunks pass the limit; the stream may have queued one more ahead, never the rest.
    expect(state.pulled).toBeLessThanOrEqual(12);
    expect(state.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const { request, state } = streamedRequest(10, 100, { "content-length": "5000" });
    const error = await readLimitedBody(request, 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect((error as BodyTooLargeError).limit).toBe(1000);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("does not trust a Content-Length that understates the body", async () => {
    const { request } = streamedRequest(10, 500, { "content-length": "10" });
    await expect(readLimitedBody(request, 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("reads a body without a stream as empty", async () => {
    expect(await readLimitedBody(new Request("http://localhost/", { method: "POST" }), 10)).toHaveLength(0);
    expect(await readLimitedBody(new Request("http://localhost/", { method: "POST", body: "hola" }), 10)).toEqual(Buffer.from("hola"));
  });
});
