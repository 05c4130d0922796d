// Shapes shared by the document editor's components.
// Type-only imports from the data layer: nothing server-side reaches the client bundle.
import type { EditorAttachment, EditorOptions } from "@/lib/dal/document-editor";
import type { DocumentFormValues, MetricValues } from "@/lib/validation/document-form";

/** An attachment as the editor page loads it. */
export type AttachmentItem = EditorAttachment;

export interface AttachmentLimits {
  maxFileBytes: number;
  maxFiles: number;
}

export type { EditorOptions };

export interface DocumentEditorProps {
  mode: "create" | "edit";
  documentId: string | null;
  version: number | null;
  initial: DocumentFormValues;
  /** The document is live: edits go to review before replacing the public version. */
  published: boolean;
  canSubmit: boolean;
  options: EditorOptions;
  /** null while the document does not exist yet: uploads need a saved draft. */
  attachments: AttachmentItem[] | null;
  limits: AttachmentLimits;
  historyHref: string | null;
}

/** A metric row with a stable key, so React state and errors follow the row when others are removed. */
export type MetricRow = MetricValues & { key: string };

export type EditorValues = Omit<DocumentFormValues, "metrics"> & { metrics: MetricRow[] };

export type ScalarField = Exclude<
  { [K in keyof EditorValues]: EditorValues[K] extends string ? K : never }[keyof EditorValues],
  undefined
>;
export type ListField = "focusAreaIds" | "countries" | "sectors" | "tags" | "authorNames";

/** Field errors as the editor shows them: metric cells keyed by row key, not by row index. */
export type EditorErrors = Record<string, string[]>;

export interface SectionProps {
  values: EditorValues;
  errors: EditorErrors;
  setField: (field: ScalarField, value: string) => void;
  setList: (field: ListField, value: string[]) => void;
}
