// Where each field error lives on the page, so the error summary can link to it.
import { metricCellPattern, metricFields } from "@/lib/validation/document-form";
import { metricCellId } from "./metrics-editor";
import type { EditorErrors, MetricRow } from "./types";

export interface ErrorTarget {
  key: string;
  /** The element to focus (a control, or a group whose first control gets focus); null for form-wide errors. */
  elementId: string | null;
  field: string;
  /** 1-based row of a metric cell. */
  row?: number;
  errors: string[];
}

/** Field errors in page order, each with the element it belongs to. */
export function errorTargets(errors: EditorErrors, rows: MetricRow[], fieldOrder: readonly string[]): ErrorTarget[] {
  const targets: ErrorTarget[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    if (!messages?.length) continue;
    const metric = metricCellPattern("[^.]+").exec(key);
    if (metric) {
      const [, rowKey = "", field = ""] = metric;
      const row = rows.findIndex((r) => r.key === rowKey);
      // The row was removed since the save: its error no longer applies.
      if (row >= 0) targets.push({ key, elementId: metricCellId(rowKey, field), field, row: row + 1, errors: messages });
    } else {
      const elementId = key === "metrics" ? "doc-metrics-add" : fieldOrder.includes(key) ? `doc-${key}` : null;
      targets.push({ key, elementId, field: key, errors: messages });
    }
  }
  const position = (target: ErrorTarget) => {
    const index = fieldOrder.indexOf(target.row ? "metrics" : target.field);
    return (index < 0 ? fieldOrder.length : index) * 1000 + (target.row ?? 0) * 10 + (metricFields as readonly string[]).indexOf(target.field);
  };
  return targets.sort((a, b) => position(a) - position(b));
}

/** Focuses a field by id; a fieldset hands focus to its first enabled control. */
export function focusElement(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const target = element.matches("input, select, textarea, button")
    ? element
    : element.querySelector<HTMLElement>("input:not([type=hidden]):not(:disabled), select, textarea, button");
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: "center" });
  return true;
}

/** Server errors name metric cells by row index; the editor names them by row key. */
export function remapMetricErrors(fieldErrors: Record<string, string[]> | undefined, rows: MetricRow[]): EditorErrors {
  const out: EditorErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const metric = metricCellPattern("\\d+").exec(key);
    const row = metric ? rows[Number(metric[1])] : undefined;
    if (metric && row) out[`metrics.${row.key}.${metric[2]}`] = messages;
    else if (metric) out.metrics = [...(out.metrics ?? []), ...messages];
    else out[key] = messages;
  }
  return out;
}
