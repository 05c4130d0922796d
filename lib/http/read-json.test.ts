import { describe, expect, it } from "vitest";
import { ApiError, readJson } from "./api-response";

function jsonRequest(chunks: Uint8Array[], headers: Record<string, string> = {}) {
  const state = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks.length) return controller.close();
      controller.enqueue(chunks[state.pulled++]!);
    },
  });
  const request = new Request("http://localhost/api/documents", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);
  return { request, state };
}
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readJson", () => {
  it("parses a body that fits", async () => {
    expect(await readJson(jsonRequest([utf8('{"title":'), utf8('"Año"}')]).request)).toEqual({ title: "Año" });
  });

  it("refuses a declared length over the limit before reading a byte", async () => {
    const { request, state } = jsonRequest([utf8("{}")], { "content-length": "2000000" });
    const error = await readJson(request, 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, code: "body_too_large", options: { details: { maxBytes: 1024 } } });
    expect(state.pulled).toBeLessThanOrEqual(1); // a stream may queue one chunk ahead on its own
  });

  it("counts a body without a length while it streams, and stops past the limit", async () => {
    const { request, state } = jsonRequest(Array.from({ length: 100 }, () => new Uint8Array(512).fill(0x20)));
    await expect(readJson(request, 2048)).rejects.toMatchObject({ status: 413 });
    expect(state.pulled).toBeLessThan(10);
  });

  it("refuses what is not JSON in UTF-8", async () => {
    await expect(readJson(jsonRequest([new Uint8Array([0x22, 0xff, 0x22])]).request)).rejects.toMatchObject({ message: "json_invalid" });
    await expect(readJson(jsonRequest([utf8("{")]).request)).rejects.toMatchObject({ message: "json_invalid" });
    await expect(readJson(new Request("http://localhost/", { method: "POST", body: "{}", headers: { "content-type": "text/plain" } }))).rejects.toMatchObject({ message: "json_required" });
  });
});
