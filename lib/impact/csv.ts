// An impact report as CSV: one row per measure and group, numbers as plain decimals (a
// spreadsheet reads them whatever its language), words in the reader's language. Text that a
// spreadsheet would run as a formula (=, +, -, @ first) is quoted with a leading apostrophe:
// organization names and counted nouns are typed by members.
import type { ImpactLabels } from "./labels";
import type { ImpactReport } from "./report";

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report's measures (or the one whose key is `measure`) as CSV text with a header row. */
export function impactCsv(report: ImpactReport, labels: ImpactLabels, measure?: string): string {
  const c = (key: "measure" | "kind" | "currency" | "counted" | "statistic" | "group" | "value" | "results" | "documents") => labels.t(`csvColumns.${key}`);
  const header = [c("measure"), c("kind"), c("currency"), c("counted"), c("statistic"), report.dimension, c("group"), c("value"), c("results"), c("documents")];
  const rows = report.measures
    .filter((m) => measure === undefined || m.key === measure)
    .flatMap((m) =>
      m.groups.map((g) => [
        labels.measureTitle(m), m.kind, m.currency, m.kind === "COUNT" ? m.unit : "", m.statistic,
        g.key, labels.groupLabel(report.dimension, g), g.value, g.metrics, g.documents,
      ]),
    );
  // CRLF, as RFC 4180 has it; the byte-order mark makes spreadsheet programs read UTF-8.
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
