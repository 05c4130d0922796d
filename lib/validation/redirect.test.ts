import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./redirect";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/es/documents/x?y=1", "en")).toBe("/es/documents/x?y=1");
    expect(safeCallbackPath("/account", "es")).toBe("/es/account");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of ["https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined, 42, "x".repeat(600), "/en/a\u0000b", "/en/\u202eexe.fdp", "/en/a\r\nSet-Cookie: x=1"]) {
      expect(safeCallbackPath(value, "en")).toBe("/en");
    }
  });
});
