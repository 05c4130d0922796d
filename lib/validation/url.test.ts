import { describe, expect, it } from "vitest";
import { httpUrlOrNull } from "./url";

describe("httpUrlOrNull", () => {
  it("keeps http and https URLs", () => {
    expect(httpUrlOrNull("https://example.org/a?b=c")).toBe("https://example.org/a?b=c");
    expect(httpUrlOrNull("http://example.org")).toBe("http://example.org");
  });
  it("rejects other schemes and junk", () => {
    for (const value of ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "example.org", "", null, undefined]) {
      expect(httpUrlOrNull(value)).toBeNull();
    }
  });
});
