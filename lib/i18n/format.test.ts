import { describe, expect, it } from "vitest";
import { countryName, formatMetricValue, localizedName } from "./format";

describe("formatMetricValue", () => {
  it("formats currency per locale", () => {
    expect(formatMetricValue(50_000_000, "USD", "en")).toBe("$50,000,000");
    expect(formatMetricValue(50_000_000, "USD", "es")).toMatch(/^50\.000\.000\sUS\$$/);
  });

  it("formats percentages per locale", () => {
    expect(formatMetricValue(25, "%", "en")).toBe("25%");
    expect(formatMetricValue(25, "%", "es")).toMatch(/^25\s%$/);
  });

  it("formats other units as number and unit", () => {
    expect(formatMetricValue(15, "rings", "en")).toBe("15 rings");
    expect(formatMetricValue(1234.5, "hectáreas", "es")).toBe("1234,5 hectáreas");
    expect(formatMetricValue(12345.5, "ha", "en")).toBe("12,345.5 ha");
  });
});

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
