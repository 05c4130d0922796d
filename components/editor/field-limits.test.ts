import { describe, expect, it } from "vitest";
import { metricFieldLimits, textFieldLimits } from "./field-limits";
import { documentInputSchema } from "@/lib/validation/document";

// The limits the form shows are the schema's: one character more is text_too_long, the limit itself passes.
const draft = { type: "BEST_PRACTICE", title: "A draft", language: "en" };

describe("the editor's field limits match the schema", () => {
  const errorsFor = (input: Record<string, unknown>) => {
    const result = documentInputSchema.safeParse({ ...draft, ...input });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
  };

  it.each(Object.entries(textFieldLimits))("%s: %i characters", (field, limit) => {
    expect(errorsFor({ [field]: "a".repeat(limit) })).toEqual([]);
    expect(errorsFor({ [field]: "a".repeat(limit + 1) })).toEqual([`${field}:text_too_long`]);
  });

  it.each(Object.entries(metricFieldLimits))("metric %s: %i characters", (field, limit) => {
    const row = (text: string) => ({ metrics: [{ label: "Label", value: "1", unit: "u", year: "", [field]: text }] });
    expect(errorsFor(row("a".repeat(limit)))).toEqual([]);
    expect(errorsFor(row("a".repeat(limit + 1)))).toEqual([`metrics.0.${field}:text_too_long`]);
  });
});
