import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";

describe("normalizeText", () => {
  it("collapses white space per line, keeps paragraph breaks and trims", () => {
    expect(normalizeText("  Uno\t\tdos\u00a0 tres  \r\n\r\n\r\n\n cuatro \n")).toBe("Uno dos tres\n\ncuatro");
  });

  it("drops NUL and other control characters PostgreSQL or search cannot use", () => {
    expect(normalizeText("a\u0000b\u0007c\u001bd")).toBe("abcd");
  });

  it("composes decomposed accents so they match typed text", () => {
    const decomposed = "educacio\u0301n nin\u0303o";
    expect(normalizeText(decomposed)).toBe("educación niño");
  });
});
