// The document editor's schema, shared by the form's server actions and the JSON API. A draft
// needs only a title; `submissionIssues` holds what review needs on top. Messages are catalog
// keys under Errors.
import { z } from "zod";
import { countryCodes } from "@/lib/domain/countries";
import { DocumentType, Language, Sector, Visibility } from "@/lib/generated/prisma/enums";
import { slugPattern } from "./browse";

export const documentLimits = {
  title: 200,
  summary: 1000,
  body: 200_000,
  longText: 20_000,
  shortText: 300,
  focusAreas: 5,
  countries: countryCodes.length,
  tags: 20,
  tag: 40,
  authors: 30,
  metrics: 20,
} as const;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, "text_too_long").optional());
const isoDate = z.preprocess(
  blankToUndefined,
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date_invalid").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "date_invalid").optional(),
);
const id = z.string().min(1).max(50);
const list = <T extends z.ZodType>(item: T, max: number, message: string) => z.array(item).max(max, message).default([]);

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((t) => t.replace(/\s+/g, " "))
  .pipe(z.string().min(1, "tag_invalid").max(documentLimits.tag, "tag_invalid").regex(/^[\p{L}\p{N}][\p{L}\p{N} .+#&-]*$/u, "tag_invalid"));

export const metricSchema = z.object({
  label: z.string().trim().min(1, "metric_label_required").max(120, "text_too_long"),
  // Stored as Decimal(20, 4); trailing zeros are dropped so "1500.00" and "1500" are one value.
  value: z
    .string()
    .trim()
    .regex(/^-?\d{1,16}(\.\d{1,4})?$/, "metric_value_invalid")
    .transform((v) => (v.includes(".") ? v.replace(/\.?0+$/, "") : v)),
  unit: z.string().trim().min(1, "metric_unit_required").max(40, "text_too_long"),
  year: z.preprocess(blankToUndefined, z.coerce.number().int("metric_year_invalid").min(1900, "metric_year_invalid").max(2100, "metric_year_invalid").optional()),
});

export const documentInputSchema = z
  .object({
    type: z.enum(DocumentType, "type_invalid"),
    title: z.string().trim().min(1, "title_required").max(documentLimits.title, "text_too_long"),
    slug: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(80, "slug_invalid").regex(slugPattern, "slug_invalid").optional()),
    summary: text(documentLimits.summary),
    body: z.preprocess(blankToUndefined, z.string().max(documentLimits.body, "text_too_long").optional()),
    language: z.enum(Language, "language_invalid"),
    visibility: z.preprocess(blankToUndefined, z.enum(Visibility, "visibility_invalid").default("PUBLIC")),
    embargoUntil: isoDate,
    publicationDate: isoDate,
    organizationId: z.preprocess(blankToUndefined, id.optional()),
    focusAreaIds: list(id, documentLimits.focusAreas, "too_many_focus_areas").refine((ids) => new Set(ids).size === ids.length, "duplicate_values"),
    countries: list(z.enum(countryCodes, "country_invalid"), documentLimits.countries, "too_many_values"),
    sectors: list(z.enum(Sector, "sector_invalid"), 6, "too_many_values"),
    tags: list(tagSchema, documentLimits.tags, "too_many_tags"),
    authorNames: list(z.string().trim().min(1).max(120, "text_too_long"), documentLimits.authors, "too_many_values"),
    metrics: list(metricSchema, documentLimits.metrics, "too_many_metrics"),
    // Best practice
    problem: text(documentLimits.longText),
    approach: text(documentLimits.longText),
    outcomes: text(documentLimits.longText),
    lessonsLearned: text(documentLimits.longText),
    partners: text(documentLimits.shortText),
    location: text(documentLimits.shortText),
    // Research
    abstract: text(documentLimits.longText),
    methodology: text(documentLimits.longText),
    doi: z.preprocess(blankToUndefined, z.string().trim().max(200, "doi_invalid").regex(/^10\.\d{4,9}\/\S+$/, "doi_invalid").optional()),
    url: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "url_invalid" }).max(500, "url_invalid").optional()),
    // Report
    issuingBody: text(documentLimits.shortText),
    periodStart: isoDate,
    periodEnd: isoDate,
  })
  .superRefine((doc, ctx) => {
    if (doc.periodStart && doc.periodEnd && doc.periodStart > doc.periodEnd) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "period_order" });
    }
    if (doc.visibility === "ORGANIZATION" && !doc.organizationId) {
      ctx.addIssue({ code: "custom", path: ["organizationId"], message: "organization_required_for_visibility" });
    }
  });

export type DocumentInput = z.infer<typeof documentInputSchema>;

/** Saving over a newer revision is refused: the editor sends the version it opened. */
export const versionSchema = z.coerce.number().int().min(1).max(2 ** 31 - 1);

const requiredForType: Record<DocumentType, (keyof DocumentInput)[]> = {
  BEST_PRACTICE: ["problem", "approach", "outcomes"],
  RESEARCH: ["abstract"],
  REPORT: ["issuingBody"],
};

/** What a document still needs before it can go to review, as field errors. */
export function submissionIssues(doc: DocumentInput): Record<string, string[]> {
  const issues: Record<string, string[]> = {};
  const need = (field: keyof DocumentInput, ok: boolean) => {
    if (!ok) issues[field] = ["required_for_review"];
  };
  need("summary", Boolean(doc.summary));
  need("body", Boolean(doc.body?.trim()));
  need("focusAreaIds", doc.focusAreaIds.length > 0);
  need("countries", doc.countries.length > 0);
  for (const field of requiredForType[doc.type]) need(field, Boolean(doc[field]));
  return issues;
}

export const reviewDecisions = ["publish", "request_changes", "reject"] as const;

export const reviewInputSchema = z
  .object({
    decision: z.enum(reviewDecisions, "decision_invalid"),
    comment: z.preprocess(blankToUndefined, z.string().trim().max(5000, "text_too_long").optional()),
    /** The version the reviewer read; a newer one must be read before deciding. */
    version: z.preprocess(blankToUndefined, versionSchema.optional()),
  })
  .superRefine((input, ctx) => {
    // The author needs to know what to change, or why the work was turned down.
    if (input.decision !== "publish" && !input.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "comment_required" });
  });

export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const takeDownSchema = z.object({
  action: z.enum(["archive", "unpublish"], "decision_invalid"),
  reason: z.preprocess(blankToUndefined, z.string().trim().max(2000, "text_too_long").optional()),
});
