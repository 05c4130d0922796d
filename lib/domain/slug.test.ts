import { describe, expect, it } from "vitest";
import { slugify, withSuffix } from "./slug";

describe("slugify", () => {
  it("folds accents and joins words with hyphens", () => {
    expect(slugify("Educación rural: ¿qué funcionó?")).toBe("educacion-rural-que-funciono");
    expect(slugify("  T-MEC / USMCA  ")).toBe("t-mec-usmca");
  });

  it("never returns an empty or over-long slug", () => {
    expect(slugify("¿¡!?")).toBe("document");
    const long = slugify("palabra ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });

  it("adds suffixes within the limit", () => {
    expect(withSuffix("informe", 2)).toBe("informe-2");
    expect(withSuffix("a".repeat(80), 12)).toHaveLength(80);
  });
});
