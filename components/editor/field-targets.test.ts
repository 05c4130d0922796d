import { describe, expect, it } from "vitest";
import { errorTargets, remapMetricErrors } from "./field-targets";

const rows = [
  { key: "m0", label: "a", value: "1", kind: "OTHER", currency: "", unit: "u", direction: "HIGHER", year: "" },
  { key: "m7", label: "b", value: "x", kind: "OTHER", currency: "", unit: "u", direction: "HIGHER", year: "" },
];

describe("field error targets", () => {
  it("moves metric errors from row positions to row keys", () => {
    const errors = remapMetricErrors({ "metrics.1.value": ["metric_value_invalid"], "metrics.9.unit": ["metric_unit_required"], title: ["title_required"] }, rows);
    expect(errors).toEqual({ "metrics.m7.value": ["metric_value_invalid"], metrics: ["metric_unit_required"], title: ["title_required"] });
  });

  it("lists errors in page order, linking only fields on the page", () => {
    const targets = errorTargets({ "metrics.m7.value": ["x"], countries: ["y"], title: ["z"], form: ["w"] }, rows, ["title", "countries", "metrics"]);
    expect(targets.map((t) => [t.key, t.elementId, t.row])).toEqual([
      ["title", "doc-title", undefined],
      ["countries", "doc-countries", undefined],
      ["metrics.m7.value", "doc-metric-m7-value", 2],
      ["form", null, undefined],
    ]);
  });
});
