// How many characters each of the editor's text fields takes, so the form can show the limit
// before it is reached (counters) and name it when it is passed ("At most 200 characters")
// instead of the schema's bare text_too_long. A test checks these against the schema itself.
import { documentLimits } from "@/lib/validation/document";

export const textFieldLimits: Readonly<Record<string, number>> = {
  title: documentLimits.title,
  summary: documentLimits.summary,
  body: documentLimits.body,
  problem: documentLimits.longText,
  approach: documentLimits.longText,
  outcomes: documentLimits.longText,
  lessonsLearned: documentLimits.longText,
  abstract: documentLimits.longText,
  methodology: documentLimits.longText,
  partners: documentLimits.shortText,
  location: documentLimits.shortText,
  issuingBody: documentLimits.shortText,
};

/** Metric cells (lib/validation/document.ts metricSchema). */
export const metricFieldLimits: Readonly<Record<string, number>> = { label: 120, unit: 40 };

/** The limit that applies to a field's text, when it has one. */
export const limitOf = (field: string, metricCell = false): number | undefined =>
  (metricCell ? metricFieldLimits : textFieldLimits)[field];
