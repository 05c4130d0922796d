// The results page's and the CSV download's parameters: the breakdown, a focus area and (for
// the CSV) one measure. The page drops what it cannot read; the API refuses it by name.
import { z } from "zod";
import { impactDimensions } from "@/lib/impact/report";
import { slugSchema } from "./browse";
import { plainText, textCodes } from "./text";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blank = (value: unknown) => {
  const v = first(value);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};

// A measure key as lib/impact/units.ts measureKey makes it.
const measureKey = /^(MONEY:[A-Z]{3}|COUNT:[^:]{1,40}|PEOPLE|HECTARES|TONNES|KILOMETERS|PERCENT|PERCENT_CHANGE)$/u;

export const impactParamsSchema = z.object({
  by: z.preprocess(blank, z.enum(impactDimensions, "impact_dimension_invalid").default("year")),
  area: z.preprocess(blank, slugSchema.optional()),
  measure: z.preprocess(blank, plainText(z.string(textCodes.invalid)).max(60, "impact_measure_invalid").regex(measureKey, "impact_measure_invalid").optional()),
}, textCodes.invalid);

export type ImpactParams = z.infer<typeof impactParamsSchema>;

/** The page's parameters: a value that is not valid is dropped, the rest still applies. */
export function parseImpactPageParams(searchParams: Record<string, string | string[] | undefined>): Omit<ImpactParams, "measure"> {
  const by = impactParamsSchema.shape.by.safeParse(searchParams.by);
  const area = impactParamsSchema.shape.area.safeParse(searchParams.area);
  return { by: by.success ? by.data : "year", area: area.success ? area.data : undefined };
}

/** The API's parameters, or the field errors of those it refuses. */
export function parseImpactApiParams(params: URLSearchParams) {
  const parsed = impactParamsSchema.safeParse({ by: params.get("by") ?? undefined, area: params.get("area") ?? undefined, measure: params.get("measure") ?? undefined });
  if (parsed.success) return { success: true as const, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
  return { success: false as const, fieldErrors };
}
