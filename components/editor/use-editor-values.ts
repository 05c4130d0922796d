"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { isBlankMetric, metricFields, type DocumentFormValues, type MetricValues } from "@/lib/validation/document-form";
import type { EditorValues, ListField, MetricRow, ScalarField } from "./types";

export function toEditorValues(values: DocumentFormValues): EditorValues {
  // Keys from the row index, so the server render and hydration agree on element ids.
  return { ...values, metrics: values.metrics.map((row, index) => ({ ...row, key: `m${index}` })) };
}

export function toFormValues(values: EditorValues): DocumentFormValues {
  const cells = (row: MetricRow) => Object.fromEntries(metricFields.map((field) => [field, row[field]])) as MetricValues;
  return { ...values, metrics: values.metrics.map(cells) };
}

export const isEmptyRow = (row: MetricRow) => isBlankMetric(row);

const snapshot = (values: EditorValues) => {
  const plain = toFormValues(values);
  // Rows left empty and blank author lines are dropped on save: they are not unsaved work.
  return JSON.stringify({
    ...plain,
    metrics: plain.metrics.filter((row) => !isBlankMetric(row)),
    authorNames: plain.authorNames.map((name) => name.trim()).filter(Boolean),
  });
};

/** The editor's controlled values, and whether they differ from what was last saved. */
export function useEditorValues(initial: DocumentFormValues) {
  const [values, setValues] = useState(() => toEditorValues(initial));
  const [baseline, setBaseline] = useState(() => snapshot(toEditorValues(initial)));
  const [nextRowKey, setNextRowKey] = useState(initial.metrics.length);
  const current = useMemo(() => snapshot(values), [values]);
  const dirty = current !== baseline;

  const setField = useCallback((field: ScalarField, value: string) => setValues((v) => ({ ...v, [field]: value })), []);
  const setList = useCallback((field: ListField, value: string[]) => setValues((v) => ({ ...v, [field]: value })), []);
  const setMetrics = useCallback((metrics: MetricRow[]) => setValues((v) => ({ ...v, metrics })), []);
  const newRowKey = useCallback(() => {
    setNextRowKey((n) => n + 1);
    return `m${nextRowKey}`;
  }, [nextRowKey]);
  const markSaved = useCallback((saved: EditorValues) => setBaseline(snapshot(saved)), []);

  useEffect(() => {
    if (!dirty) return;
    // Browsers show their own wording; preventDefault is what asks them to.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return { values, setValues, setField, setList, setMetrics, newRowKey, markSaved, dirty };
}
