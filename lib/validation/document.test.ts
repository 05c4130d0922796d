import { describe, expect, it } from "vitest";
import { documentInputSchema, reviewInputSchema, submissionIssues } from "./document";
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
    expect(doc.metrics).toEqual([{ label: "Hogares", value: "1500", unit: "hogares" }]);
    expect(errorsOf({ ...base, metrics: [{ label: "", value: "1,5", unit: "", year: "1800" }] })).toEqual({
      "metrics.0.label": "metric_label_required", "metrics.0.value": "metric_value_invalid", "metrics.0.unit": "metric_unit_required", "metrics.0.year": "metric_year_invalid",
    });
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
      ["metrics.1.label", "Casos"], ["metrics.1.value", "12"], ["metrics.1.unit", "casos"], ["metrics.0.label", ""], ["metrics.999.label", "ignored"],
    ]) form.append(key!, value!);
    const values = readDocumentForm(form);
    expect(values).toMatchObject({ type: "REPORT", title: "Informe", focusAreaIds: ["b", "a"], tags: ["puertos"], metrics: [{ label: "Casos", value: "12", unit: "casos", year: "" }] });
    expect(documentInputSchema.parse(values)).toMatchObject({ focusAreaIds: ["b", "a"], metrics: [{ label: "Casos", value: "12", unit: "casos" }] });
  });

  it("round-trips a parsed document through the editor's values", () => {
    const doc = documentInputSchema.parse({ ...base, embargoUntil: "2030-01-01", authorNames: ["Ana", "Luis"], metrics: [{ label: "L", value: "2.5", unit: "u", year: "2024" }] });
    expect(documentInputSchema.parse(toDocumentFormValues(doc))).toEqual(doc);
  });
});
