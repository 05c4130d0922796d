import { describe, expect, it } from "vitest";
import { POST, PRE } from "./highlight";
import { estimatePositions } from "./positions";
import { assignChunkSlots, ATTACHMENT_SLOTS, attachmentTextAttributes, toRecord } from "./record";
import { pages, searchDocument } from "./testing-documents";

describe("toRecord", () => {
  it("makes one record per document with access fields, facet fields and both languages' names", () => {
    const record = toRecord(searchDocument("d1", {
      tags: ["customs"], embargoUntil: 5000, contributorId: null,
      chunks: pages("report.pdf", 3, 10, (p) => `page ${p} kryptonite`),
    }));
    expect(record).toMatchObject({
      id: "d1", slug: "doc-d1", visibility: "PUBLIC", organizationId: "org-a", contributorId: null, embargoUntil: 5000,
      focusAreaIds: ["fa-trade"], focusAreaSlugs: ["trade"], focusAreaNamesEn: ["Trade and investment"],
      focusAreaNamesEs: ["Comercio e inversión"], organizationSlug: "org-a", countries: ["CO"], year: 2024, tags: ["customs"],
    });
    expect(record.attachmentText0).toHaveLength(3);
    expect(record.attachmentRefs).toEqual([1, 2, 3].map((page) => ({ attachmentId: "att-report.pdf", fileName: "report.pdf", page })));
    expect(record.attachmentWordsSkipped).toBe(0);
    for (const name of attachmentTextAttributes) expect(Array.isArray(record[name as `attachmentText${number}`])).toBe(true);
  });

  it("stores null for a missing organization and embargo", () => {
    const record = toRecord(searchDocument("d2", { organization: null, organizationId: null }));
    expect(record.organizationId).toBeNull();
    expect(record.organizationSlug).toBeNull();
    expect(record.embargoUntil).toBeNull();
  });

  it("indexes the body's plain text and keeps the credits out of the snippet fields", () => {
    const record = toRecord(searchDocument("d4", { body: "## **Lavado**", bodyText: "Lavado", details: "Problema.", credits: "Ana Ruiz" }));
    expect(record).toMatchObject({ body: "Lavado", details: "Problema.", credits: "Ana Ruiz" });
    expect(record).not.toHaveProperty("bodyText");
  });

  it("strips highlight placeholders from indexed text", () => {
    const record = toRecord(searchDocument("d3", { title: `a${PRE}b${POST}`, chunks: pages("f.pdf", 1, 3, () => `x${PRE}y`) }));
    expect(record.title).toBe("ab");
    expect(record.attachmentText0![0]).not.toContain(PRE);
  });
});

describe("assignChunkSlots", () => {
  it("fills each slot up to the position budget, keeping element order and refs aligned", () => {
    const chunks = pages("big.pdf", 10, 100);
    const cost = estimatePositions(chunks[0]!.text);
    const { slots, refs } = assignChunkSlots(chunks, 3, cost * 4);
    expect(slots.map((s) => s.length)).toEqual([4, 4, 2]);
    expect(refs.map((r) => r.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(slots.flat()).toEqual(chunks.map((c) => c.text));
  });

  it("indexes the first chunks and counts the words past the last slot as skipped", () => {
    const chunks = pages("huge.pdf", 10, 100);
    const cost = estimatePositions(chunks[0]!.text);
    const { slots, refs, skippedWords } = assignChunkSlots(chunks, 2, cost * 3);
    expect(slots.flat()).toHaveLength(6);
    expect(refs).toHaveLength(6);
    expect(skippedWords).toBe(4 * 100);
  });

  it("gives a chunk larger than the budget a slot of its own", () => {
    const { slots } = assignChunkSlots(pages("x.pdf", 2, 50), 2, 10);
    expect(slots.map((s) => s.length)).toEqual([1, 1]);
  });

  it("holds at least ~60 full 2,000-word chunks of prose in the default slots", () => {
    const sentence = "The coalition shared port security practices across agencies in both countries this year.";
    const text = Array.from({ length: 2000 / 13 }, () => sentence).join(" ");
    const chunks = Array.from({ length: 80 }, (_, i) => ({ attachmentId: "a", fileName: "r.pdf", page: i + 1, part: 1, text }));
    const { refs } = assignChunkSlots(chunks);
    expect(ATTACHMENT_SLOTS).toBe(4);
    expect(refs.length).toBeGreaterThanOrEqual(60);
  });
});
