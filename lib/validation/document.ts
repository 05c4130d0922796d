// The document editor's schema, shared by the form's server actions and the JSON API. A draft
// needs only a title; `submissionIssues` holds what review needs on top. Messages are catalog
// keys under Errors.
import { z } from "zod";
import { countryCodes } from "@/lib/domain/countries";
import { DocumentType, Language, MetricDirection, MetricKind, Sector, Visibility } from "@/lib/generated/prisma/enums";
import { fromLegacyUnit, hasTextUnit, isCurrency, summedKinds, type MetricUnit } from "@/lib/impact/units";
import { slugPattern } from "./browse";
import { isoDateSchema, YEAR_MAX, YEAR_MIN } from "./dates";
import { blankToUndefined, idSchema as id, longText, optional, plainText, singleLine, textCodes } from "./text";

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

const text = (max: number) => optional(longText({ max }));
const line = (max: number) => optional(singleLine({ max }));
const isoDate = optional(isoDateSchema);
const list = <T extends z.ZodType>(item: T, max: number, message: string) => z.array(item, textCodes.invalid).max(max, message).default([]);

// Control characters are refused before whitespace is normalized: \s would turn VT, FF and NEL into spaces.
export const tagSchema = plainText(z.string(textCodes.invalid))
  .trim()
  .toLowerCase()
  .transform((t) => t.replace(/\s+/g, " "))
  .pipe(z.string().min(1, "tag_invalid").max(documentLimits.tag, "tag_invalid").regex(/^[\p{L}\p{N}][\p{L}\p{N} .+#&-]*$/u, "tag_invalid"));

const metricFieldsSchema = z.object({
  label: singleLine({ min: 1, max: 120, required: "metric_label_required" }),
  // Stored as Decimal(20, 4); trailing zeros are dropped so "1500.00" and "1500" are one value.
  value: z
    .string(textCodes.invalid)
    .trim()
    .regex(/^-?\d{1,16}(\.\d{1,4})?$/, "metric_value_invalid")
    .transform((v) => (v.includes(".") ? v.replace(/\.?0+$/, "") : v)),
  // Absent (older API clients, older revisions): read from the free-text unit (fromLegacyUnit).
  kind: optional(z.enum(MetricKind, "metric_kind_invalid")),
  currency: optional(plainText(z.string(textCodes.invalid)).trim().toUpperCase().refine(isCurrency, "metric_currency_invalid")),
  unit: optional(singleLine({ max: 40 })),
  direction: z.preprocess(blankToUndefined, z.enum(MetricDirection, "metric_direction_invalid").default("HIGHER")),
  year: z.preprocess(
    blankToUndefined,
    z.coerce.number("metric_year_invalid").int("metric_year_invalid").min(YEAR_MIN, "metric_year_invalid").max(YEAR_MAX, "metric_year_invalid").optional(),
  ),
}, textCodes.invalid);

type MetricFields = z.output<typeof metricFieldsSchema>;

// What each kind asks of its value: rates are shares of 0–100, people and counts are whole,
// quantities are not negative. A percent change and OTHER take any value.
function valueIssue(kind: MetricKind, value: number): string | null {
  if (kind === "PERCENT") return value < 0 || value > 100 ? "metric_percent_range" : null;
  if ((kind === "PEOPLE" || kind === "COUNT") && !Number.isInteger(value)) return "metric_value_whole";
  if (summedKinds.includes(kind) && value < 0) return "metric_value_negative";
  return null;
}

function checkMetric(metric: MetricFields, ctx: z.RefinementCtx) {
  if (metric.kind === undefined && !metric.unit) {
    ctx.addIssue({ code: "custom", path: ["kind"], message: "metric_kind_required" });
    return;
  }
  const kind = metric.kind ?? fromLegacyUnit(metric.unit ?? "").kind;
  if (kind === "MONEY" && !metric.currency && metric.kind) ctx.addIssue({ code: "custom", path: ["currency"], message: "metric_currency_required" });
  if (hasTextUnit(kind) && !metric.unit) ctx.addIssue({ code: "custom", path: ["unit"], message: "metric_unit_required" });
  const issue = valueIssue(kind, Number(metric.value));
  if (issue) ctx.addIssue({ code: "custom", path: ["value"], message: issue });
}

/** The stored form: the kind decided, and only the unit fields that kind uses. */
function normalizeMetric({ kind, currency, unit = "", ...rest }: MetricFields) {
  const unitOf: MetricUnit = kind ? { kind, currency: currency ?? null, unit } : fromLegacyUnit(unit);
  return {
    ...rest,
    kind: unitOf.kind,
    currency: unitOf.kind === "MONEY" ? unitOf.currency : null,
    unit: hasTextUnit(unitOf.kind) ? unitOf.unit : "",
  };
}

export const metricSchema = metricFieldsSchema.superRefine(checkMetric).transform(normalizeMetric);
export type MetricInput = z.output<typeof metricSchema>;

export const documentInputSchema = z
  .object(
    {
    type: z.enum(DocumentType, "type_invalid"),
    title: singleLine({ min: 1, max: documentLimits.title, required: "title_required" }),
    slug: optional(z.string("slug_invalid").trim().toLowerCase().max(80, "slug_invalid").regex(slugPattern, "slug_invalid")),
    summary: text(documentLimits.summary),
    // The body keeps its leading and trailing whitespace: Markdown can depend on it.
    body: optional(longText({ max: documentLimits.body, trim: false })),
    language: z.enum(Language, "language_invalid"),
    visibility: z.preprocess(blankToUndefined, z.enum(Visibility, "visibility_invalid").default("PUBLIC")),
    embargoUntil: isoDate,
    publicationDate: isoDate,
    organizationId: optional(id),
    focusAreaIds: list(id, documentLimits.focusAreas, "too_many_focus_areas").refine((ids) => new Set(ids).size === ids.length, "duplicate_values"),
    countries: list(z.enum(countryCodes, "country_invalid"), documentLimits.countries, "too_many_values"),
    sectors: list(z.enum(Sector, "sector_invalid"), 6, "too_many_values"),
    tags: list(tagSchema, documentLimits.tags, "too_many_tags"),
    authorNames: list(singleLine({ min: 1, max: 120 }), documentLimits.authors, "too_many_values"),
    metrics: list(metricSchema, documentLimits.metrics, "too_many_metrics"),
    // Best practice
    problem: text(documentLimits.longText),
    approach: text(documentLimits.longText),
    outcomes: text(documentLimits.longText),
    lessonsLearned: text(documentLimits.longText),
    partners: line(documentLimits.shortText),
    location: line(documentLimits.shortText),
    // Research
    abstract: text(documentLimits.longText),
    methodology: text(documentLimits.longText),
    doi: optional(plainText(z.string("doi_invalid").trim()).max(200, "doi_invalid").regex(/^10\.\d{4,9}\/\S+$/, "doi_invalid")),
    url: optional(plainText(z.string("url_invalid").trim()).pipe(z.url({ protocol: /^https?$/, error: "url_invalid" }).max(500, "url_invalid"))),
    // Report
    issuingBody: line(documentLimits.shortText),
    periodStart: isoDate,
    periodEnd: isoDate,
    },
    textCodes.invalid,
  )
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
export const versionSchema = z.coerce.number("version_required").int("version_required").min(1, "version_required").max(2 ** 31 - 1, "version_required");

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
    comment: optional(longText({ max: 5000 })),
    /** The version the reviewer read; a newer one must be read before deciding. */
    version: z.preprocess(blankToUndefined, versionSchema.optional()),
  }, textCodes.invalid)
  .superRefine((input, ctx) => {
    // The author needs to know what to change, or why the work was turned down.
    if (input.decision !== "publish" && !input.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "comment_required" });
  });

export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const takeDownSchema = z.object({
  action: z.enum(["archive", "unpublish"], "decision_invalid"),
  reason: optional(longText({ max: 2000 })),
}, textCodes.invalid);

/** What the API's write routes take besides the document: `submit: true` also submits it. */
export const documentWriteOptionsSchema = z.object({ submit: z.boolean("submit_invalid").default(false) }, textCodes.invalid);
