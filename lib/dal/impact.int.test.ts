// The impact report against the real database: money adds up per currency, counts per noun,
// people and quantities as they are; percentages give their median (a percent change as an
// improvement, by its direction); free-text units are only listed. Every figure, breakdown and
// link counts only published documents the viewer may read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ImpactMeasure, ImpactReport } from "@/lib/impact/report";
import type { Viewer } from "@/lib/policies/viewer";
import { newTag } from "@/lib/testing/accounts";
import { completeInput, createContributionWorld, deleteContributionWorld, type ContributionWorld } from "@/lib/testing/contribution";
import { createDocument } from "./document-editing";
import { decideReview, submitDocument } from "./document-workflow";
import { getImpactReport, type ImpactScope } from "./impact";

const tag = newTag("im");
let w: ContributionWorld;
const anonymous: Viewer = { kind: "anonymous" };
const secret = `${tag}secret`;

const metric = (label: string, value: string, fields: Record<string, string> = {}) => ({ label, value, direction: "HIGHER", ...fields });

async function document(title: string, overrides: Record<string, unknown>, publish = true) {
  const author = overrides.organizationId === w.orgB ? w.otherContributor : w.author;
  const doc = await createDocument(author, completeInput(w, { title: `${tag} ${title}`, ...overrides }));
  if (publish) {
    await submitDocument(author, doc.id, doc.version);
    await decideReview(w.reviewer, doc.id, { decision: "publish" });
  }
  return doc;
}

beforeAll(async () => {
  w = await createContributionWorld(db, tag);
  await document("Ports", {
    countries: ["CO", "US"], sectors: ["GOVERNMENT"],
    metrics: [
      metric("Seized", "100", { kind: "MONEY", currency: "USD", year: "2023" }),
      metric("Cases opened", "5", { kind: "COUNT", unit: "Cases", year: "2023" }),
      metric("Trained", "40", { kind: "PEOPLE", year: "2022" }),
      metric("Share", "20", { kind: "PERCENT", year: "2023" }),
      metric("Robbery", "-10", { kind: "PERCENT_CHANGE", direction: "LOWER", year: "2023" }),
      metric("Capacity", "2.5", { kind: "OTHER", unit: "GW", year: "2024" }),
    ],
  });
  await document("Rivers", {
    countries: ["CO"], sectors: ["CIVIL_SOCIETY"], organizationId: w.orgB,
    metrics: [
      metric("Seized", "50", { kind: "MONEY", currency: "USD", year: "2024" }),
      metric("Grant", "7", { kind: "MONEY", currency: "EUR", year: "2024" }),
      metric("Cases", "3", { kind: "COUNT", unit: "cases " }),
      metric("Share a", "60", { kind: "PERCENT" }),
      metric("Share b", "30", { kind: "PERCENT" }),
      metric("Exports", "30", { kind: "PERCENT_CHANGE", year: "2023" }),
      metric("Reached", "60", { kind: "PEOPLE", year: "2023" }),
    ],
  });
  await document("Members only", {
    visibility: "ORGANIZATION",
    metrics: [metric("Seized", "1000", { kind: "MONEY", currency: "USD", year: "2023" }), metric("Secret", "9", { kind: "COUNT", unit: secret })],
  });
  await document("Draft", { metrics: [metric("Seized", "7777", { kind: "MONEY", currency: "USD", year: "2023" })] }, false);
  await document("Embargoed", { embargoUntil: "2099-01-01", metrics: [metric("Reached", "500", { kind: "PEOPLE", year: "2023" })] });
});
afterAll(async () => {
  await deleteContributionWorld(db, tag);
});

const report = (viewer: Viewer, scope: Partial<ImpactScope> = {}) => getImpactReport(viewer, { dimension: "year", focusAreaId: w.area, ...scope });
const measure = (r: ImpactReport, key: string): ImpactMeasure => {
  const found = r.measures.find((m) => m.key === key);
  if (!found) throw new Error(`no measure ${key} in ${r.measures.map((m) => m.key).join(", ")}`);
  return found;
};
const groups = (m: ImpactMeasure) => m.groups.map((g) => [g.key, g.value]);

describe("impact report", () => {
  it("adds up money per currency, counts per noun, and people; percentages give their median", async () => {
    const r = await report(anonymous);
    expect(r.documents).toBe(2);
    expect(measure(r, "MONEY:USD")).toMatchObject({ statistic: "sum", value: 150, documents: 2, metrics: 2, currency: "USD" });
    expect(measure(r, "MONEY:EUR")).toMatchObject({ value: 7, documents: 1 });
    expect(measure(r, "COUNT:cases")).toMatchObject({ statistic: "sum", value: 8, unit: "cases", documents: 2 });
    expect(measure(r, "PEOPLE")).toMatchObject({ value: 100, improved: null });
    expect(measure(r, "PERCENT")).toMatchObject({ statistic: "median", value: 30, metrics: 3 });
    // -10% where lower is better is an improvement of 10; with +30 the median improvement is 20.
    expect(measure(r, "PERCENT_CHANGE")).toMatchObject({ statistic: "median", value: 20, improved: 2, metrics: 2 });
    expect(r.measures.map((m) => m.key)).not.toContain("OTHER");
    // Coalition-wide measures come before counts, which split by what is counted.
    const kinds = r.measures.map((m) => m.kind);
    expect(kinds.lastIndexOf("MONEY")).toBeLessThan(kinds.indexOf("COUNT"));
    expect(r.listed).toEqual([{ label: "Capacity", value: 2.5, unit: "GW", direction: "HIGHER", year: 2024, document: expect.objectContaining({ title: `${tag} Ports` }) }]);
  });

  it("breaks each measure down by year (oldest first, undated last), country, sector and organization", async () => {
    expect(groups(measure(await report(anonymous), "MONEY:USD"))).toEqual([["2023", 100], ["2024", 50]]);
    expect(groups(measure(await report(anonymous), "COUNT:cases"))).toEqual([["2023", 5], [null, 3]]);
    // A document about two countries counts in each.
    expect(groups(measure(await report(anonymous, { dimension: "country" }), "MONEY:USD"))).toEqual([["CO", 150], ["US", 100]]);
    expect(groups(measure(await report(anonymous, { dimension: "sector" }), "PEOPLE")).sort()).toEqual([["CIVIL_SOCIETY", 60], ["GOVERNMENT", 40]]);
    const byOrganization = measure(await report(anonymous, { dimension: "organization" }), "MONEY:USD");
    expect(byOrganization.groups.map((g) => [g.name, g.value]).sort()).toEqual([[expect.stringContaining(`${tag}`), 100], [expect.stringContaining(`${tag}`), 50]]);
    expect(new Set(byOrganization.groups.map((g) => g.key))).toEqual(new Set([w.orgA, w.orgB]));
  });

  it("links each figure to the documents behind it, largest contribution first", async () => {
    const usd = measure(await report(anonymous, { dimension: "country" }), "MONEY:USD");
    expect(usd.groups.find((g) => g.key === "CO")!.topDocuments.map((d) => d.title)).toEqual([`${tag} Ports`, `${tag} Rivers`]);
    expect(usd.groups.find((g) => g.key === "US")!.topDocuments.map((d) => d.title)).toEqual([`${tag} Ports`]);
  });

  it("counts only published documents the viewer may read, in totals, breakdowns and links", async () => {
    const member = await report(w.member);
    // Their organization's members-only and embargoed documents, and the two public ones.
    expect(member.documents).toBe(4);
    expect(measure(member, "MONEY:USD")).toMatchObject({ value: 1150, documents: 3 });
    expect(measure(member, "MONEY:USD").groups.find((g) => g.key === "2023")!.topDocuments[0]!.title).toBe(`${tag} Members only`);
    expect(measure(member, `COUNT:${secret}`).value).toBe(9);
    // The draft's 7777 reaches nobody, not even its author; the embargoed figure only those who may read it.
    expect(measure(await report(w.author), "MONEY:USD").value).toBe(1150);
    expect(measure(await report(w.admin), "PEOPLE").value).toBe(600);
    expect(measure(await report(anonymous), "PEOPLE").value).toBe(100);
    // Without a focus area, a measure only a restricted document reports does not exist for a visitor.
    const everything = await getImpactReport(anonymous, { dimension: "year" });
    expect(everything.measures.map((m) => m.key)).not.toContain(`COUNT:${secret}`);
    expect(JSON.stringify(everything)).not.toContain("Members only");
  });

  it("keeps to one focus area", async () => {
    expect(await report(anonymous, { focusAreaId: w.otherArea })).toEqual({ dimension: "year", documents: 0, measures: [], moreMeasures: 0, listed: [], moreListed: 0 });
  });
});
