// How the document editor's fields travel in a FormData, and back: lists are repeated names
// (tags, countries…), metric rows are `metrics.<row>.<field>`. The result goes through
// documentInputSchema like the JSON API's body does.
import type { DocumentInput } from "./document";

export const listFields = ["focusAreaIds", "countries", "sectors", "tags", "authorNames"] as const;
export const textFields = [
  "type", "title", "slug", "summary", "body", "language", "visibility", "embargoUntil", "publicationDate", "organizationId",
  "problem", "approach", "outcomes", "lessonsLearned", "partners", "location",
  "abstract", "methodology", "doi", "url", "issuingBody", "periodStart", "periodEnd",
] as const;
export const metricFields = ["label", "value", "kind", "currency", "unit", "direction", "year"] as const;
/** Matches a metric cell's name, `metrics.<row>.<field>`; the row is a position or, in the editor, a key. */
export const metricCellPattern = (row: string) => new RegExp(`^metrics\\.(${row})\\.(${metricFields.join("|")})$`);
const metricField = metricCellPattern("\\d{1,3}");
const MAX_METRIC_ROWS = 100; // more than the schema allows, so the schema reports "too many"

type TextField = (typeof textFields)[number];
type ListField = (typeof listFields)[number];
export type MetricValues = Record<(typeof metricFields)[number], string>;

/** The editor's values as the form holds them: every field a string (or a list of them). */
export type DocumentFormValues = Record<TextField, string> & Record<ListField, string[]> & { metrics: MetricValues[] };

// The direction always has a value (a select); a row is left empty when nothing else is filled.
const enteredFields = metricFields.filter((field) => field !== "direction");
/** A row the user added and did not fill. */
export const isBlankMetric = (row: MetricValues) => enteredFields.every((field) => row[field].trim() === "");

export const emptyMetricValues = (): MetricValues => ({ label: "", value: "", kind: "", currency: "", unit: "", direction: "HIGHER", year: "" });

const str = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

export function readDocumentForm(formData: FormData): DocumentFormValues {
  const values = {} as DocumentFormValues;
  for (const field of textFields) values[field] = str(formData.get(field));
  for (const field of listFields) {
    values[field] = formData.getAll(field).map(str).filter((v) => v.trim() !== "");
  }
  const rows = new Map<number, MetricValues>();
  for (const [key, value] of formData.entries()) {
    const match = metricField.exec(key);
    if (!match || Number(match[1]) >= MAX_METRIC_ROWS) continue;
    const row = rows.get(Number(match[1])) ?? emptyMetricValues();
    row[match[2] as keyof MetricValues] = str(value);
    rows.set(Number(match[1]), row);
  }
  // A row left completely empty is a row the user added and did not fill: not an error.
  values.metrics = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => !isBlankMetric(row));
  return values;
}

const dateOnly = (date: Date | string | null | undefined) =>
  !date ? "" : typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10);

/** A saved document (or revision snapshot) as the editor's starting values. */
export function toDocumentFormValues(doc: Partial<DocumentInput> & Pick<DocumentInput, "type" | "title" | "language">): DocumentFormValues {
  const values = {} as DocumentFormValues;
  for (const field of textFields) {
    const value = doc[field as keyof DocumentInput];
    values[field] = typeof value === "string" ? value : "";
  }
  for (const field of ["embargoUntil", "publicationDate", "periodStart", "periodEnd"] as const) values[field] = dateOnly(doc[field]);
  for (const field of listFields) values[field] = [...((doc[field] as string[] | undefined) ?? [])];
  values.metrics = (doc.metrics ?? []).map((m) => ({
    label: m.label, value: String(m.value), kind: m.kind, currency: m.currency ?? "", unit: m.unit, direction: m.direction,
    year: m.year ? String(m.year) : "",
  }));
  return values;
}

export function emptyDocumentFormValues(type: DocumentInput["type"], language: DocumentInput["language"]): DocumentFormValues {
  return toDocumentFormValues({ type, title: "", language, visibility: "PUBLIC" });
}
