import { describe, expect, it } from "vitest";
import { countryName, localizedName } from "./format";

describe("countryName", () => {
  it("names countries in the page's language", () => {
    expect(countryName("CO", "en", "Regional")).toBe("Colombia");
    expect(countryName("US", "es", "Regional")).toBe("Estados Unidos");
    expect(countryName("REGIONAL", "es", "Regional")).toBe("Regional");
  });
});

describe("localizedName", () => {
  it("picks the page's language", () => {
    const area = { nameEn: "Energy", nameEs: "Energía" };
    expect(localizedName(area, "en")).toBe("Energy");
    expect(localizedName(area, "es")).toBe("Energía");
  });
});
