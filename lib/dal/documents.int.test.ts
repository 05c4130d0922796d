// The data layer against the seeded database: what an anonymous visitor can list, count and
// open must be exactly the published, public, non-embargoed documents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectNotFound } from "@/lib/testing/expect-errors";
import { hiddenDocuments, publicCountFor, publicDocuments } from "@/lib/testing/seeded-visibility";
import { focusAreas } from "@/prisma/seed/data";
import { seedDatabase } from "@/prisma/seed/seed";
import { temporarySeedStorage } from "@/prisma/seed/testing-storage";
import type { SeedDocument } from "@/prisma/seed/types";
import { type DocumentFilters, countDocumentsByType, getDocumentBySlug, getFeaturedDocuments, getLatestDocuments, listDocuments, listPublicationYears } from "./documents";
import { getFocusAreaBySlug, listFocusAreas } from "./focus-areas";
import { getOrganizationBySlug } from "./organizations";
import { anonymousViewer as anonymous } from "@/lib/policies/viewer";

const files = temporarySeedStorage();
beforeAll(async () => {
  await seedDatabase(db, { storage: files.storage });
});
afterAll(async () => {
  await db.$disconnect();
  files.remove();
});

describe("focus areas", () => {
  it("count only the documents an anonymous visitor may read", async () => {
    const areas = await listFocusAreas(anonymous);
    expect(areas.map((a) => a.slug)).toEqual(focusAreas.map((a) => a.slug));
    for (const area of areas) {
      expect(area.documentCount, area.slug).toBe(publicCountFor((doc) => doc.focusAreas.includes(area.slug)));
    }
  });

  it("answer NOT_FOUND for unknown or malformed slugs", async () => {
    await expectNotFound(getFocusAreaBySlug(anonymous, "no-such-area"));
    await expectNotFound(getFocusAreaBySlug(anonymous, "../../etc/passwd"));
  });
});

describe("listDocuments", () => {
  it("filters by focus area, type, year and country with exact totals", async () => {
    const area = await getFocusAreaBySlug(anonymous, "security-and-defense");
    const all = await listDocuments(anonymous, { focusAreaId: area.id }, { page: 1, pageSize: 100 });
    expect(all.total).toBe(publicCountFor((d) => d.focusAreas.includes("security-and-defense")));
    const cases: { filters: DocumentFilters; matches: (d: SeedDocument) => boolean }[] = [
      { filters: { type: "BEST_PRACTICE" }, matches: (d) => d.type === "BEST_PRACTICE" },
      { filters: { year: 2022 }, matches: (d) => d.publicationDate.startsWith("2022") },
      { filters: { country: "CO" }, matches: (d) => d.countries.includes("CO") },
    ];
    for (const { filters, matches } of cases) {
      const page = await listDocuments(anonymous, { focusAreaId: area.id, ...filters }, { page: 1, pageSize: 100 });
      const expected = publicCountFor((d) => d.focusAreas.includes("security-and-defense") && matches(d));
      expect(page.total, JSON.stringify(filters)).toBe(expected);
      expect(page.items).toHaveLength(expected);
    }
  });

  it("paginates without overlap, newest first", async () => {
    const first = await listDocuments(anonymous, {}, { page: 1, pageSize: 5 });
    const second = await listDocuments(anonymous, {}, { page: 2, pageSize: 5 });
    expect(first.total).toBe(publicDocuments().length);
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    expect(second.items.map((d) => d.id)).not.toEqual(expect.arrayContaining(first.items.map((d) => d.id)));
    const dates = [...first.items, ...second.items].map((d) => d.publicationDate!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("shows the last page for a page number past it", async () => {
    const last = await listDocuments(anonymous, {}, { page: Math.ceil(publicDocuments().length / 5), pageSize: 5 });
    const past = await listDocuments(anonymous, {}, { page: 400, pageSize: 5 });
    expect(past).toEqual(last);
    expect(past.items.length).toBeGreaterThan(0);
  });

  it("never lists a hidden document, whatever the filters", async () => {
    const hidden = new Set(hiddenDocuments().map((d) => d.slug));
    const page = await listDocuments(anonymous, {}, { page: 1, pageSize: 500 });
    expect(page.items.filter((d) => hidden.has(d.slug))).toEqual([]);
  });

  it("counts by type for the other filters", async () => {
    const area = await getFocusAreaBySlug(anonymous, "counternarcotics");
    const counts = await countDocumentsByType(anonymous, { focusAreaId: area.id });
    for (const type of ["BEST_PRACTICE", "RESEARCH", "REPORT"] as const) {
      expect(counts[type], type).toBe(publicCountFor((d) => d.type === type && d.focusAreas.includes("counternarcotics")));
    }
  });

  it("offers the years that have documents", async () => {
    const years = await listPublicationYears(anonymous, {});
    const expected = [...new Set(publicDocuments().map((d) => Number(d.publicationDate.slice(0, 4))))];
    expect(Math.max(...years)).toBe(Math.max(...expected));
    expect(Math.min(...years)).toBe(Math.min(...expected));
  });
});

describe("getDocumentBySlug", () => {
  it("returns a public document with its metrics as numbers and primary focus area first", async () => {
    const doc = await getDocumentBySlug(anonymous, "binational-financial-tracking-trade-based-money-laundering");
    expect(doc.metrics).toEqual(expect.arrayContaining([expect.objectContaining({ label: "Illicit funds seized", value: 50_000_000, kind: "MONEY", currency: "USD", unit: "" })]));
    const seed = publicDocuments().find((d) => d.slug === doc.slug)!;
    expect(doc.focusAreas.map((a) => a.slug)).toEqual(seed.focusAreas);
  });

  it("answers NOT_FOUND for every document an anonymous visitor may not read", async () => {
    const hidden = hiddenDocuments();
    expect(hidden.length).toBeGreaterThanOrEqual(10);
    for (const doc of hidden) await expectNotFound(getDocumentBySlug(anonymous, doc.slug));
  });

  it("lifts an embargo at its date without any job", async () => {
    const slug = hiddenDocuments().find((d) => d.embargoUntil && d.visibility !== "MEMBERS" && d.visibility !== "ORGANIZATION")!.slug;
    const original = await db.document.findUniqueOrThrow({ where: { slug }, select: { embargoUntil: true } });
    try {
      await db.document.update({ where: { slug }, data: { embargoUntil: new Date(Date.now() - 1000) } });
      expect((await getDocumentBySlug(anonymous, slug)).slug).toBe(slug);
      await db.document.update({ where: { slug }, data: { embargoUntil: new Date(Date.now() + 60_000) } });
      await expectNotFound(getDocumentBySlug(anonymous, slug));
    } finally {
      await db.document.update({ where: { slug }, data: { embargoUntil: original.embargoUntil } });
    }
  });
});

describe("home panels and organizations", () => {
  it("show only readable documents", async () => {
    const hidden = new Set(hiddenDocuments().map((d) => d.slug));
    const latest = await getLatestDocuments(anonymous, 50);
    const featured = await getFeaturedDocuments(anonymous, 50);
    expect(latest.length).toBe(publicDocuments().length);
    expect([...latest, ...featured].filter((d) => hidden.has(d.slug))).toEqual([]);
    expect(featured.map((d) => d.slug).sort()).toEqual(publicDocuments().filter((d) => d.featured).map((d) => d.slug).sort());
  });

  it("list an organization's readable documents only", async () => {
    const org = await getOrganizationBySlug(anonymous, "fundacion-tejido-territorial");
    const page = await listDocuments(anonymous, { organizationId: org.id }, { page: 1, pageSize: 100 });
    expect(page.total).toBe(publicCountFor((d) => d.organization === "fundacion-tejido-territorial"));
    await expectNotFound(getOrganizationBySlug(anonymous, "no-such-org"));
  });
});
