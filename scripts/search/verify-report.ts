// The pass/fail table of verify:meilisearch, from Vitest's JSON report.

/** The parts of Vitest's JSON reporter output read here. */
export interface VitestJson {
  testResults: { name: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[]; message?: string }[];
}

export interface ContractRow {
  test: string;
  status: string;
  reason: string;
}

/** One row per test; a file that failed before its tests ran (a hook, an import) is one failed row. */
export function contractRows(report: VitestJson): ContractRow[] {
  return report.testResults.flatMap((file) => {
    const firstLine = (text: string | undefined) => (text ?? "").split("\n")[0]!.slice(0, 160);
    const rows = file.assertionResults.map((a) => ({ test: a.fullName, status: a.status, reason: a.status === "passed" ? "" : firstLine(a.failureMessages?.[0]) }));
    return rows.length > 0 || !file.message ? rows : [{ test: file.name.split("/").pop()!, status: "failed", reason: firstLine(file.message) }];
  });
}

/** A Markdown table, readable in a terminal and pasteable into an issue. */
export function formatTable(rows: ContractRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return ["| test | result | reason |", "|---|---|---|", ...rows.map((r) => `| ${cell(r.test)} | ${r.status === "passed" ? "pass" : r.status === "skipped" || r.status === "pending" ? "skip" : "FAIL"} | ${cell(r.reason)} |`)].join("\n");
}
