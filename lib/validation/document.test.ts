import { describe, expect, it } from "vitest";
import { documentInputSchema, metricSchema, reviewInputSchema, submissionIssues } from "./document";
import { readDocumentForm, toDocumentFormValues } from "./document-form";

const base = { type: "BEST_PRACTICE", title: "Mediadores comunitarios", language: "es" };
const errorsOf = (input: unknown) => {
  const result = documentInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("documentInputSchema", () => {
  it("accepts a draft with only a title", () => {
    expect(documentInputSchema.parse(base)).toMatchObject({ title: "Mediadores comunitarios", visibility: "PUBLIC", tags: [], metrics: [] });
    expect(errorsOf({ ...base, title: "   " })).toEqual({ title: "title_required" });
  });

  it("names each bad field", () => {
    expect(
      errorsOf({
        ...base, type: "MEMO", language: "fr", slug: "Not A Slug", doi: "doi:10.1/x", url: "javascript:alert(1)",
        embargoUntil: "2025-02-30x", countries: ["XX"], tags: ["ok", "<script>"],
        title: "x".repeat(201),
      }),
    ).toEqual({
      type: "type_invalid", language: "language_invalid", slug: "slug_invalid", doi: "doi_invalid", url: "url_invalid",
      embargoUntil: "date_invalid", "countries.0": "country_invalid", "tags.1": "tag_invalid", title: "text_too_long",
    });
  });

  it("limits lists and requires an organization for organization-only documents", () => {
    expect(errorsOf({ ...base, focusAreaIds: ["a", "b", "c", "d", "e", "f"] })).toEqual({ focusAreaIds: "too_many_focus_areas" });
    expect(errorsOf({ ...base, focusAreaIds: ["a", "a"] })).toEqual({ focusAreaIds: "duplicate_values" });
    expect(errorsOf({ ...base, tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`) })).toEqual({ tags: "too_many_tags" });
    expect(errorsOf({ ...base, visibility: "ORGANIZATION" })).toEqual({ organizationId: "organization_required_for_visibility" });
    expect(errorsOf({ ...base, periodStart: "2024-05-01", periodEnd: "2024-01-01" })).toEqual({ periodEnd: "period_order" });
  });

  it("normalises tags and metric values", () => {
    const doc = documentInputSchema.parse({ ...base, tags: ["  Lavado   de Activos "], metrics: [{ label: "Hogares", value: "1500.00", unit: "hogares", year: "" }] });
    expect(doc.tags).toEqual(["lavado de activos"]);
    // No kind: an older client's free-text unit is read as the kind it names.
    expect(doc.metrics).toEqual([{ label: "Hogares", value: "1500", kind: "COUNT", currency: null, unit: "hogares", direction: "HIGHER", year: undefined }]);
    expect(errorsOf({ ...base, metrics: [{ label: "", value: "1,5", kind: "OTHER", unit: "x", year: "1800" }] })).toEqual({
      "metrics.0.label": "metric_label_required", "metrics.0.value": "metric_value_invalid", "metrics.0.year": "metric_year_invalid",
    });
  });
});

describe("metricSchema", () => {
  const metric = (fields: Record<string, unknown>) => metricSchema.safeParse({ label: "Result", value: "10", ...fields });
  const codes = (fields: Record<string, unknown>) =>
    Object.fromEntries((metric(fields).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("keeps only the unit fields the kind uses", () => {
    expect(metric({ kind: "MONEY", currency: " usd ", unit: "dollars", direction: "LOWER" }).data).toMatchObject({ kind: "MONEY", currency: "USD", unit: "", direction: "LOWER" });
    expect(metric({ kind: "PEOPLE", currency: "USD", unit: "people" }).data).toMatchObject({ kind: "PEOPLE", currency: null, unit: "", direction: "HIGHER" });
    expect(metric({ kind: "COUNT", currency: "USD", unit: "rings" }).data).toMatchObject({ kind: "COUNT", currency: null, unit: "rings" });
    expect(metric({ unit: "USD" }).data).toMatchObject({ kind: "MONEY", currency: "USD", unit: "" });
    expect(metric({ unit: "GW" }).data).toMatchObject({ kind: "OTHER", unit: "GW" });
  });

  it("asks each kind for what it needs", () => {
    expect(codes({})).toEqual({ kind: "metric_kind_required" });
    expect(codes({ kind: "MONEY" })).toEqual({ currency: "metric_currency_required" });
    expect(codes({ kind: "MONEY", currency: "XYZ" })).toEqual({ currency: "metric_currency_invalid" });
    expect(codes({ kind: "COUNT" })).toEqual({ unit: "metric_unit_required" });
    expect(codes({ kind: "OTHER", unit: " " })).toEqual({ unit: "metric_unit_required" });
    expect(codes({ kind: "BOGUS" })).toEqual({ kind: "metric_kind_invalid" });
    expect(codes({ kind: "PEOPLE", direction: "UP" })).toEqual({ direction: "metric_direction_invalid" });
    expect(codes({ kind: "OTHER", unit: "x\u202Ey" })).toEqual({ unit: "text_invalid_characters" });
  });

  it("checks the value against the kind", () => {
    expect(codes({ kind: "PERCENT", value: "100.5" })).toEqual({ value: "metric_percent_range" });
    expect(codes({ kind: "PERCENT", value: "-1" })).toEqual({ value: "metric_percent_range" });
    expect(codes({ kind: "PEOPLE", value: "2.5" })).toEqual({ value: "metric_value_whole" });
    expect(codes({ kind: "COUNT", unit: "cases", value: "-3" })).toEqual({ value: "metric_value_negative" });
    expect(codes({ kind: "HECTARES", value: "-0.5" })).toEqual({ value: "metric_value_negative" });
    expect(codes({ kind: "PERCENT_CHANGE", value: "-40", direction: "LOWER" })).toEqual({});
    expect(codes({ kind: "PERCENT_CHANGE", value: "250" })).toEqual({});
    expect(codes({ kind: "OTHER", unit: "°C", value: "-2" })).toEqual({});
  });
});

describe("submissionIssues", () => {
  it("lists what review needs for the document's type", () => {
    expect(submissionIssues(documentInputSchema.parse(base))).toEqual({
      summary: ["required_for_review"], body: ["required_for_review"], focusAreaIds: ["required_for_review"], countries: ["required_for_review"],
      problem: ["required_for_review"], approach: ["required_for_review"], outcomes: ["required_for_review"],
    });
    const research = documentInputSchema.parse({ ...base, type: "RESEARCH", summary: "s", body: "b", focusAreaIds: ["a"], countries: ["CO"], abstract: "a" });
    expect(submissionIssues(research)).toEqual({});
  });
});

describe("reviewInputSchema", () => {
  it("requires a comment to request changes or reject, not to publish", () => {
    expect(reviewInputSchema.safeParse({ decision: "publish" }).success).toBe(true);
    expect(reviewInputSchema.safeParse({ decision: "reject", comment: " " }).error?.issues[0]?.message).toBe("comment_required");
    expect(reviewInputSchema.safeParse({ decision: "delete" }).success).toBe(false);
  });
});

describe("the editor's form encoding", () => {
  it("reads repeated lists and metric rows, skipping empty rows", () => {
    const form = new FormData();
    for (const [key, value] of [
      ["type", "REPORT"], ["title", "Informe"], ["language", "es"], ["focusAreaIds", "b"], ["focusAreaIds", "a"], ["tags", "puertos"],
      ["metrics.1.label", "Casos"], ["metrics.1.value", "12"], ["metrics.1.kind", "COUNT"], ["metrics.1.unit", "casos"],
      ["metrics.2.label", "Fondos"], ["metrics.2.value", "5"], ["metrics.2.kind", "MONEY"], ["metrics.2.currency", "COP"], ["metrics.2.direction", "LOWER"],
      // A row with only its direction chosen (a select always has a value) is an empty row.
      ["metrics.0.label", ""], ["metrics.0.direction", "HIGHER"], ["metrics.999.label", "ignored"],
    ]) form.append(key!, value!);
    const values = readDocumentForm(form);
    expect(values).toMatchObject({
      type: "REPORT", title: "Informe", focusAreaIds: ["b", "a"], tags: ["puertos"],
      metrics: [
        { label: "Casos", value: "12", kind: "COUNT", currency: "", unit: "casos", direction: "HIGHER", year: "" },
        { label: "Fondos", value: "5", kind: "MONEY", currency: "COP", unit: "", direction: "LOWER", year: "" },
      ],
    });
    expect(documentInputSchema.parse(values)).toMatchObject({
      focusAreaIds: ["b", "a"],
      metrics: [{ label: "Casos", value: "12", kind: "COUNT", unit: "casos" }, { label: "Fondos", kind: "MONEY", currency: "COP", direction: "LOWER" }],
    });
  });

  it("round-trips a parsed document through the editor's values", () => {
    const doc = documentInputSchema.parse({ ...base, embargoUntil: "2030-01-01", authorNames: ["Ana", "Luis"], metrics: [
      { label: "L", value: "2.5", unit: "u", year: "2024" },
      { label: "M", value: "7", kind: "MONEY", currency: "EUR", direction: "LOWER" },
    ] });
    expect(documentInputSchema.parse(toDocumentFormValues(doc))).toEqual(doc);
  });
});
