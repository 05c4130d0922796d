import { describe, expect, it } from "vitest";
import { POST, PRE } from "./highlight";
import { estimatePositions } from "./positions";
import { assignChunkSlots, ATTACHMENT_SLOTS, attachmentTextAttributes, localizedFields, localizedTextAttributes, localizedValue, toRecord } from "./record";
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
      focusAreaNamesEs: ["Comercio e inversión"], organizationSlug: "org-a", organizationName: "Organization A", countries: ["CO"], year: 2024, tags: ["customs"],
    });
    expect(record.attachmentText0!.en).toHaveLength(3);
    expect(record.attachmentRefs).toEqual([1, 2, 3].map((page) => ({ attachmentId: "att-report.pdf", fileName: "report.pdf", page })));
    expect(record.attachmentWordsSkipped).toBe(0);
    for (const name of attachmentTextAttributes) expect(Array.isArray(record[name as `attachmentText${number}`]!.en)).toBe(true);
  });

  it("stores null for a missing organization and embargo", () => {
    const record = toRecord(searchDocument("d2", { organization: null, organizationId: null }));
    expect(record.organizationId).toBeNull();
    expect(record.organizationSlug).toBeNull();
    expect(record.organizationName).toBeNull();
    expect(record.embargoUntil).toBeNull();
  });

  it("indexes the body's plain text and keeps the credits out of the snippet fields", () => {
    const record = toRecord(searchDocument("d4", { body: "## **Lavado**", bodyText: "Lavado", details: "Problema.", credits: "Ana Ruiz" }));
    expect(record).toMatchObject({ body: { en: "Lavado" }, details: { en: "Problema." }, credits: "Ana Ruiz" });
    expect(record).not.toHaveProperty("bodyText");
  });

  it("strips highlight placeholders from indexed text", () => {
    const record = toRecord(searchDocument("d3", { title: `a${PRE}b${POST}`, chunks: pages("f.pdf", 1, 3, () => `x${PRE}y`) }));
    expect(record.title).toEqual({ en: "ab" });
    expect(record.attachmentText0!.en![0]).not.toContain(PRE);
  });

  it("stores the document's text under its language, and names, tags and credits plain", () => {
    const fields = { title: "Controles UNODC 2019", summary: "Resumen", bodyText: "Cuerpo", details: "Detalles", tags: ["aduanas"], credits: "Ana Ruiz" };
    const chunks = pages("informe.pdf", 1, 3, () => "página");
    const es = toRecord(searchDocument("es1", { ...fields, language: "es", chunks }));
    expect(es).toMatchObject({
      title: { es: "Controles UNODC 2019" }, summary: { es: "Resumen" }, body: { es: "Cuerpo" }, details: { es: "Detalles" },
      tags: ["aduanas"], credits: "Ana Ruiz", language: "es", focusAreaNamesEn: ["Trade and investment"], focusAreaNamesEs: ["Comercio e inversión"],
    });
    expect(es.attachmentText0).toEqual({ es: [chunks[0]!.text] });
    for (const name of localizedTextAttributes) expect(Object.keys(es[name as "title"]), name).toEqual(["es"]);
    const en = toRecord(searchDocument("en1", { ...fields, language: "en" }));
    for (const name of localizedTextAttributes) expect(Object.keys(en[name as "title"]), name).toEqual(["en"]);
    expect(en.attachmentText0).toEqual({ en: [] });
    expect(localizedFields("es")).toEqual(["title.es", "summary.es", "body.es", "details.es", ...attachmentTextAttributes.map((a) => `${a}.es`)]);
  });
});

describe("localizedValue", () => {
  it("reads the document's language first, any language next, and a record written before the text was localized as it is", () => {
    expect(localizedValue({ es: "Lavado" }, "es")).toBe("Lavado");
    expect(localizedValue({ en: "Port" }, "es")).toBe("Port");
    expect(localizedValue("Plain title", "en")).toBe("Plain title");
    expect(localizedValue(["a"], "en")).toEqual(["a"]);
    expect(localizedValue(undefined, "en")).toBeUndefined();
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
