import { describe, expect, it } from "vitest";
import { impactCsv } from "./csv";
import { impactLabels } from "./labels";
import type { ImpactMeasure, ImpactReport } from "./report";

const measure = (over: Partial<ImpactMeasure>): ImpactMeasure => ({
  key: "PEOPLE", kind: "PEOPLE", currency: null, unit: "", statistic: "sum", value: 0, metrics: 1, documents: 1, improved: null, groups: [], moreGroups: 0, ...over,
});
const group = (key: string | null, value: number, name: string | null = null) => ({ key, name, value, metrics: 2, documents: 1, topDocuments: [] });

const report: ImpactReport = {
  dimension: "organization", documents: 3, moreMeasures: 0, listed: [], moreListed: 0,
  measures: [
    measure({ key: "MONEY:USD", kind: "MONEY", currency: "USD", value: 150.5, groups: [group("o1", 100.25, 'Fundación "Norte", Bogotá'), group(null, 50.25)] }),
    measure({ key: "COUNT:=cmd", kind: "COUNT", unit: "=cmd", value: 3, groups: [group("o2", 3, "@risk org")] }),
  ],
};
const rows = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);

describe("impactCsv", () => {
  it("writes one row per measure and group, numbers as plain decimals, words in the reader's language", () => {
    const lines = rows(impactCsv(report, impactLabels("es")));
    expect(lines[0]).toBe("medida,tipo,moneda,se_cuenta,estadistica,organization,grupo,valor,resultados,documentos");
    expect(lines[1]).toBe('Dinero (USD),MONEY,USD,,sum,o1,"Fundación ""Norte"", Bogotá",100.25,2,1');
    expect(lines[2]).toBe("Dinero (USD),MONEY,USD,,sum,,Sin organización,50.25,2,1");
    expect(lines).toHaveLength(4);
  });

  it("keeps text a spreadsheet would run as a formula from running", () => {
    const lines = rows(impactCsv(report, impactLabels("en"), "COUNT:=cmd"));
    expect(lines).toEqual([expect.stringMatching(/^measure,/), "Counted: =cmd,COUNT,,'=cmd,sum,o2,'@risk org,3,2,1"]);
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const csv = impactCsv(report, impactLabels("en"));
    expect(csv.startsWith("\uFEFFmeasure,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
