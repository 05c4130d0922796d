"use client";

import { useTranslations } from "next-intl";
import { documentLimits } from "@/lib/validation/document";
import { controlClass, describedBy, EditorSection, FieldErrors } from "./editor-fields";
import { limitOf } from "./field-limits";
import type { EditorErrors, MetricRow } from "./types";

type Cell = "label" | "value" | "unit" | "year";
const cells: { field: Cell; labelKey: "metricLabel" | "metricValue" | "metricUnit" | "metricYear"; inputMode?: "decimal" | "numeric"; span: string }[] = [
  { field: "label", labelKey: "metricLabel", span: "col-span-2 sm:col-span-1" },
  { field: "value", labelKey: "metricValue", inputMode: "decimal", span: "" },
  { field: "unit", labelKey: "metricUnit", span: "" },
  { field: "year", labelKey: "metricYear", inputMode: "numeric", span: "" },
];

export const metricCellId = (key: string, field: string) => `doc-metric-${key}-${field}`;

interface Props {
  rows: MetricRow[];
  errors: EditorErrors;
  onChange: (rows: MetricRow[]) => void;
  newRowKey: () => string;
}

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** Impact metrics as rows the user adds and removes; names carry the row's position for the action. */
export function MetricsEditor({ rows, errors, onChange, newRowKey }: Props) {
  const t = useTranslations();
  const full = rows.length >= documentLimits.metrics;
  const update = (key: string, field: Cell, value: string) => onChange(rows.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  const addRow = () => {
    const key = newRowKey();
    onChange([...rows, { key, label: "", value: "", unit: "", year: "" }]);
    focusSoon(metricCellId(key, "label"));
  };
  const removeRow = (index: number) => {
    const next = rows[index + 1] ?? rows[index - 1];
    onChange(rows.filter((_, i) => i !== index));
    focusSoon(next ? metricCellId(next.key, "label") : "doc-metrics-add");
  };

  return (
    <EditorSection id="editor-metrics" title={t("DocumentFields.metrics")}>
      <p id="doc-metrics-hint" className="text-sm text-slate-600">{t("Editor.metrics.hint")}</p>
      {rows.length > 0 && (
        <ol id="doc-metrics" className="space-y-4">
          {rows.map((row, index) => (
            <li key={row.key} className="grid grid-cols-2 items-start gap-3 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 sm:grid-cols-[2fr_1fr_1fr_6rem_auto]">
              {cells.map(({ field, labelKey, inputMode, span }) => {
                const id = metricCellId(row.key, field);
                const cellErrors = errors[`metrics.${row.key}.${field}`];
                return (
                  <div key={field} className={`space-y-1 ${span}`}>
                    <label htmlFor={id} className="block text-sm font-medium text-slate-800">
                      {t(`DocumentFields.${labelKey}`)}
                      <span className="sr-only"> {t("Editor.metrics.row", { row: index + 1 })}</span>
                    </label>
                    <input
                      id={id}
                      name={`metrics.${index}.${field}`}
                      inputMode={inputMode}
                      value={row[field]}
                      onChange={(event) => update(row.key, field, event.target.value)}
                      aria-describedby={describedBy(cellErrors?.length ? `${id}-error` : undefined)}
                      aria-invalid={cellErrors?.length ? true : undefined}
                      className={controlClass}
                    />
                    <FieldErrors id={`${id}-error`} errors={cellErrors} limit={limitOf(field, true)} />
                  </div>
                );
              })}
              <button
                type="button"
                onClick={() => removeRow(index)}
                className="col-span-2 justify-self-start rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 hover:border-red-600 sm:col-span-1 sm:mt-6"
              >
                {t("Editor.metrics.remove", { row: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
      <FieldErrors id="doc-metrics-error" errors={errors.metrics} />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          id="doc-metrics-add"
          onClick={addRow}
          disabled={full}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:border-brand-600 disabled:opacity-70"
        >
          {t("Editor.metrics.add")}
        </button>
        {full && <p className="text-sm text-slate-700">{t("Editor.metrics.full", { max: documentLimits.metrics })}</p>}
      </div>
    </EditorSection>
  );
}
