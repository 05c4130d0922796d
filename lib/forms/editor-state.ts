// What the document editor's server action answers. Messages are catalog keys under Errors
// (failures) or Editor (outcomes); field errors are keyed by field name, metric rows by
// "metrics.<row>.<field>".
export interface EditorState {
  status: "idle" | "error" | "saved" | "conflict";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The document's version after the save: the editor sends it back with the next save. */
  version?: number;
  savedAt?: string;
  /** On a conflict: the history page comparing the version the user opened with the newest. */
  compareHref?: string;
}

export const initialEditorState: EditorState = { status: "idle" };
