import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "./api-response";

describe("errorResponse", () => {
  it("answers a lost database connection with 503 and Retry-After, in the request's language", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // What the pg adapter reports when an administrator ends the session (pg_terminate_backend).
    const terminated = Object.assign(new Error("terminating connection due to administrator command"), { kind: "postgres", code: "57P01", severity: "FATAL" });
    const answer = errorResponse(terminated, "es");
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("2");
    expect(await answer.json()).toEqual({ error: { code: "unavailable", message: "El servicio no está disponible por un momento. Inténtelo de nuevo en unos segundos." } });
  });

  it("keeps anything else a 500", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = errorResponse(new TypeError("undefined is not a function"), "en");
    expect(answer.status).toBe(500);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("unexpected");
  });
});
