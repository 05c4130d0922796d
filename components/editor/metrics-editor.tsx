"use client";

import { useTranslations } from "next-intl";
import { commonCurrencies, hasTextUnit, metricDirections, metricKinds, type MetricKind } from "@/lib/impact/units";
import { documentLimits } from "@/lib/validation/document";
import { emptyMetricValues, type MetricValues } from "@/lib/validation/document-form";
import { controlClass, describedBy, EditorSection, FieldErrors } from "./editor-fields";
import { limitOf } from "./field-limits";
import type { EditorErrors, MetricRow } from "./types";

type Cell = keyof MetricValues;
type CellSpec = { field: Cell; options?: readonly string[]; inputMode?: "decimal" | "numeric"; span?: string };

export const metricCellId = (key: string, field: string) => `doc-metric-${key}-${field}`;

/** The cells a row shows: the currency only for money, the text unit only for counts and other units. */
function cellsOf(kind: string): CellSpec[] {
  return [
    { field: "label", span: "col-span-2 sm:col-span-3" },
    { field: "kind", options: metricKinds, span: "col-span-2 sm:col-span-2" },
    { field: "value", inputMode: "decimal" },
    ...(kind === "MONEY" ? [{ field: "currency" as const, options: commonCurrencies }] : []),
    ...(hasTextUnit(kind as MetricKind) ? [{ field: "unit" as const }] : []),
    { field: "direction", options: metricDirections },
    { field: "year", inputMode: "numeric" },
  ];
}

// A change of kind drops the unit fields the new kind does not use, so no hidden value is sent.
function withCell(row: MetricRow, field: Cell, value: string): MetricRow {
  if (field !== "kind") return { ...row, [field]: value };
  return { ...row, kind: value, currency: value === "MONEY" ? row.currency : "", unit: hasTextUnit(value as MetricKind) ? row.unit : "" };
}

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
  const update = (key: string, field: Cell, value: string) => onChange(rows.map((row) => (row.key === key ? withCell(row, field, value) : row)));
  const addRow = () => {
    const key = newRowKey();
    onChange([...rows, { key, ...emptyMetricValues() }]);
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
            <li key={row.key} className="grid grid-cols-2 items-start gap-3 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 sm:grid-cols-6">
              {cellsOf(row.kind).map((spec) => (
                <MetricCell key={spec.field} spec={spec} row={row} index={index} errors={errors[`metrics.${row.key}.${spec.field}`]} onChange={update} />
              ))}
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

const labelKeys = {
  label: "metricLabel", value: "metricValue", kind: "metricKind", currency: "metricCurrency", unit: "metricUnit",
  direction: "metricDirection", year: "metricYear",
} as const;

interface CellProps {
  spec: CellSpec;
  row: MetricRow;
  index: number;
  errors: string[] | undefined;
  onChange: (key: string, field: Cell, value: string) => void;
}

function MetricCell({ spec: { field, options, inputMode, span = "" }, row, index, errors, onChange }: CellProps) {
  const t = useTranslations();
  const id = metricCellId(row.key, field);
  const label = field === "unit" && row.kind === "COUNT" ? "metricCounted" : labelKeys[field];
  const common = {
    id,
    name: `metrics.${index}.${field}`,
    value: row[field],
    onChange: (event: { target: { value: string } }) => onChange(row.key, field, event.target.value),
    "aria-describedby": describedBy(errors?.length ? `${id}-error` : undefined),
    "aria-invalid": errors?.length ? true : undefined,
    className: controlClass,
  };
  const optionText = (option: string) =>
    field === "kind" ? t(`Enums.metricKind.${option as MetricKind}`) : field === "direction" ? t(`Enums.metricDirection.${option as "HIGHER"}`) : option;
  return (
    <div className={`space-y-1 ${span}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t(`DocumentFields.${label}`)}
        <span className="sr-only"> {t("Editor.metrics.row", { row: index + 1 })}</span>
      </label>
      {options ? (
        <select {...common}>
          {field !== "direction" && <option value="">{t("Editor.metrics.choose")}</option>}
          {options.map((option) => <option key={option} value={option}>{optionText(option)}</option>)}
        </select>
      ) : (
        <input {...common} inputMode={inputMode} />
      )}
      <FieldErrors id={`${id}-error`} errors={errors} limit={limitOf(field, true)} />
    </div>
  );
}
