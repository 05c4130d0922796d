import { describe, expect, it } from "vitest";
import { formatMetric } from "./format";
import type { MetricUnit } from "./units";

const unit = (kind: MetricUnit["kind"], extra: Partial<MetricUnit> = {}): MetricUnit => ({ kind, currency: null, unit: "", ...extra });

describe("formatMetric", () => {
  it("formats money in its own currency, per locale", () => {
    expect(formatMetric(50_000_000, unit("MONEY", { currency: "USD" }), "en")).toBe("$50,000,000");
    expect(formatMetric(50_000_000, unit("MONEY", { currency: "USD" }), "es")).toMatch(/^50\.000\.000\sUS\$$/);
    expect(formatMetric(1250.5, unit("MONEY", { currency: "COP" }), "en")).toMatch(/^COP\s1,250\.50$/);
    expect(formatMetric(1_200_000, unit("MONEY", { currency: "USD" }), "en", { compact: true })).toBe("$1.2M");
  });

  it("formats shares as percentages and changes with their sign", () => {
    expect(formatMetric(25, unit("PERCENT"), "en")).toBe("25%");
    expect(formatMetric(25, unit("PERCENT"), "es")).toMatch(/^25\s%$/);
    expect(formatMetric(25, unit("PERCENT_CHANGE"), "en")).toBe("+25%");
    expect(formatMetric(-13, unit("PERCENT_CHANGE"), "es")).toMatch(/^-13\s%$/);
  });

  it("names the measured quantity in the reader's language", () => {
    expect(formatMetric(12345.5, unit("HECTARES"), "en")).toBe("12,345.5 ha");
    expect(formatMetric(1234.5, unit("HECTARES"), "es")).toBe("1234,5 ha");
    expect(formatMetric(12, unit("KILOMETERS"), "es")).toBe("12 km");
    expect(formatMetric(3.5, unit("TONNES"), "es")).toBe("3,5 t");
    expect(formatMetric(1, unit("PEOPLE"), "en")).toBe("1 person");
    expect(formatMetric(4100, unit("PEOPLE"), "es")).toBe("4100 personas");
  });

  it("keeps the author's word for counts and other units", () => {
    expect(formatMetric(15, unit("COUNT", { unit: "rings" }), "en")).toBe("15 rings");
    expect(formatMetric(2.5, unit("OTHER", { unit: "GW" }), "es")).toBe("2,5 GW");
  });
});
