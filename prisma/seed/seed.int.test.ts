// Seeding a new database creates the demo content; seeding again changes nothing at all.
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/client";
import { notifySubmission } from "../../lib/notifications/notify";
import { searchAccessFilter } from "../../lib/search/access-filter";
import { buildSearchDocuments } from "../../lib/search/document-builder";
import { PostgresSearchEngine } from "../../lib/search/postgres/postgres-engine";
import { drainOutbox } from "../../lib/search/sync";
import { readAll } from "../../lib/storage/testing/storage-contract";
import { createTestDatabase, type TestDatabase } from "../../lib/testing/test-database";
import { attachments, documents } from "./data";
import { metricSchema } from "../../lib/validation/document";
import { seedDatabase } from "./seed";
import { temporarySeedStorage, type TemporaryStorage } from "./testing-storage";

const tables = [
  "FocusArea", "Organization", "User", "Membership", "ReviewerFocusArea", "Document",
  "DocumentFocusArea", "ImpactMetric", "Revision", "Attachment", "AttachmentPage", "Notification",
];

/** Every row of every seeded table, as JSON, in a stable order. */
async function dump(url: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, unknown> = {};
    for (const table of tables) {
      const { rows } = await client.query(`SELECT coalesce(json_agg(t ORDER BY t::text), '[]') AS rows FROM "${table}" t`);
      out[table] = rows[0].rows;
    }
    return out;
  } finally {
    await client.end();
  }
}

async function storedKeys(files: TemporaryStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of files.storage.list()) keys.push(entry.key);
  return keys.sort();
}

const DAY_MS = 24 * 60 * 60 * 1000;
const inReview = documents.filter((d) => d.status === "IN_REVIEW");

describe("seedDatabase", () => {
  let database: TestDatabase;
  let db: Database;
  let files: TemporaryStorage;
  let seededAt: { start: number; end: number };
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url, { max: 2 });
    files = temporarySeedStorage();
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
    files?.remove();
  });

  it("creates the demo content on a new database", async () => {
    const start = Date.now();
    const result = await seedDatabase(db, { storage: files.storage });
    seededAt = { start, end: Date.now() };
    expect(result).toEqual({ focusAreas: 13, organizations: expect.any(Number), users: expect.any(Number), documents: documents.length });
    expect(await db.document.count()).toBeGreaterThanOrEqual(40);
    expect(await db.document.count({ where: { language: "es" } })).toBeGreaterThanOrEqual(10);
    const types = await db.document.groupBy({ by: ["type"], _count: { _all: true } });
    expect(types.map((t) => t.type).sort()).toEqual(["BEST_PRACTICE", "REPORT", "RESEARCH"]);
  });

  it("covers every year from 2018 to 2025 and every focus area", async () => {
    const years = await db.$queryRaw<{ year: number }[]>`SELECT DISTINCT extract(year FROM "publicationDate")::int AS year FROM "Document" ORDER BY 1`;
    expect(years.map((row) => row.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const areas = await db.focusArea.findMany({ select: { slug: true, _count: { select: { documents: true } } } });
    expect(areas.filter((area) => area._count.documents === 0)).toEqual([]);
  });

  it("carries the coalition's reported results as impact metrics", async () => {
    const metrics = await db.impactMetric.findMany({ select: { label: true, value: true, kind: true, currency: true, unit: true, direction: true, year: true } });
    const plain = metrics.map((m) => ({ ...m, value: m.value.toNumber() }));
    const higher = { direction: "HIGHER", currency: null, unit: "" };
    expect(plain).toEqual(
      expect.arrayContaining([
        { ...higher, label: "Crime hotspots identified", value: 25, kind: "PERCENT_CHANGE", year: 2022 },
        { ...higher, label: "Change in street robbery in treated zones", value: -13, kind: "PERCENT_CHANGE", direction: "LOWER", year: 2022 },
        { ...higher, label: "Major cybercrime rings disrupted", value: 15, kind: "COUNT", unit: "rings", year: 2023 },
        { ...higher, label: "Illicit funds seized", value: 50_000_000, kind: "MONEY", currency: "USD", year: 2023 },
        { ...higher, label: "Notary staff trained", value: 310, kind: "PEOPLE", year: 2021 },
        { ...higher, label: "Offshore wind capacity in pipeline", value: 9.65, kind: "OTHER", unit: "GW", year: 2024 },
      ]),
    );
  });

  it("seeds only metrics the editor's schema accepts", async () => {
    const metrics = await db.impactMetric.findMany({ select: { label: true, value: true, kind: true, currency: true, unit: true, direction: true, year: true } });
    for (const { value, currency, year, ...metric } of metrics) {
      const input = { ...metric, value: value.toFixed(), currency: currency ?? "", year: year ?? undefined };
      expect(metricSchema.safeParse(input).error?.issues, metric.label).toBeUndefined();
    }
  });

  it("dates the documents in review from their submission, days before the seed ran", async () => {
    expect(inReview.length).toBeGreaterThanOrEqual(2);
    for (const doc of inReview) {
      const row = await db.document.findUniqueOrThrow({ where: { slug: doc.slug }, select: { submittedAt: true } });
      const days = doc.submittedDaysAgo ?? 3;
      expect(row.submittedAt!.getTime(), doc.slug).toBeGreaterThanOrEqual(seededAt.start - days * DAY_MS);
      expect(row.submittedAt!.getTime(), doc.slug).toBeLessThanOrEqual(seededAt.end - days * DAY_MS);
    }
    // Different waits, so the queue's "oldest first" shows.
    expect(new Set(inReview.map((d) => d.submittedDaysAgo)).size).toBe(inReview.length);
    expect(await db.document.count({ where: { submittedAt: { not: null }, status: { not: "IN_REVIEW" } } })).toBe(0);
  });

  it("gives the reviewers of their focus areas the unread notices a submission writes", async () => {
    const emailsOf = async (slug: string) =>
      (await db.notification.findMany({ where: { document: { slug } }, select: { user: { select: { email: true } } } })).map((n) => n.user.email).sort();
    // reviewer@ reviews every area; reviewer.security@ only security, cybersecurity and crime.
    expect(await emailsOf("security-sector-personnel-retention-study")).toEqual(["reviewer.security@puente.test", "reviewer@puente.test"]);
    expect(await emailsOf("land-formalization-agricultural-credit")).toEqual(["reviewer@puente.test"]);

    for (const doc of inReview) {
      const row = await db.document.findUniqueOrThrow({ where: { slug: doc.slug }, select: { id: true, contributorId: true, submittedAt: true } });
      const seeded = await db.notification.findMany({ where: { documentId: row.id }, select: { userId: true, kind: true, comment: true, readAt: true, createdAt: true } });
      // What the workflow's own submission would write, computed in a transaction rolled back.
      let expected: string[] = [];
      await db
        .$transaction(async (tx) => {
          expected = (await notifySubmission(tx, { documentId: row.id, actorId: row.contributorId! })).map((n) => n.userId).sort();
          throw new Error("rollback");
        })
        .catch((error: Error) => expect(error.message).toBe("rollback"));
      expect(seeded.map((n) => n.userId).sort(), doc.slug).toEqual(expected);
      for (const notice of seeded) expect(notice).toMatchObject({ kind: "SUBMITTED", comment: null, readAt: null, createdAt: row.submittedAt });
    }
    expect(await db.notification.count()).toBe(3);
  });

  it("attaches real PDF and DOCX files, stored with their text page by page", async () => {
    const withFiles = new Set(attachments.map((a) => a.document));
    expect(withFiles.size).toBeGreaterThanOrEqual(3);
    for (const file of attachments) {
      const doc = documents.find((d) => d.slug === file.document)!;
      const row = await db.attachment.findFirstOrThrow({
        where: { fileName: file.fileName, document: { slug: file.document } },
        select: { storageKey: true, size: true, checksum: true, mimeType: true, live: true, extractionStatus: true, pageCount: true, pages: { orderBy: { page: "asc" } } },
      });
      const pageCount = file.format === "pdf" ? file.pages.length : null;
      expect(row, file.fileName).toMatchObject({ extractionStatus: "EXTRACTED", pageCount, live: (doc.status ?? "PUBLISHED") === "PUBLISHED" });
      expect(row.mimeType).toBe(file.format === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      // Each PDF page's text on its own page row, headed as in the file.
      if (file.format === "pdf") expect(row.pages.map((p) => p.text.split("\n")[0])).toEqual(file.pages.map((p) => p.heading));
      else expect(row.pages.map((p) => p.page)).toEqual([1]);
      const stored = await files.storage.get(row.storageKey);
      const bytes = await readAll(stored!.body);
      expect([bytes.length, createHash("sha256").update(bytes).digest("hex")]).toEqual([row.size, row.checksum]);
    }
    expect(attachments.filter((a) => a.format === "pdf" && a.pages.length >= 3).length).toBeGreaterThanOrEqual(2);
    expect(attachments.some((a) => a.format === "docx")).toBe(true);
  });

  it("makes the files' text searchable: a phrase only inside a file finds its document, file and page", async () => {
    const engine = new PostgresSearchEngine(db);
    await drainOutbox(db, engine);
    const visitor = searchAccessFilter({ kind: "anonymous" });
    const search = (q: string) => engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 10 }, visitor);
    const cases = [
      { q: '"Protocolo Garza Azul"', slug: "binational-financial-tracking-trade-based-money-laundering", file: "tbml-indicator-annex-2023.pdf", page: 3 },
      { q: '"Libreta Verde de Cosecha"', slug: "sustitucion-voluntaria-coca-cacao-catatumbo", file: "acuerdo-veredal-tipo-catatumbo.docx", page: 1 },
      { q: '"tide window ledger"', slug: "port-efficiency-benchmarking-pacific-caribbean-gulf", file: "port-benchmark-data-appendix.pdf", page: 2 },
    ];
    for (const { q, slug, file, page } of cases) {
      // Nowhere in the documents' own text: only the file can match.
      expect(JSON.stringify(documents).toLowerCase()).not.toContain(q.replace(/"/g, "").toLowerCase());
      const { hits } = await search(q);
      expect(hits.map((h) => [h.slug, h.attachment?.fileName, h.attachment?.page]), q).toEqual([[slug, file, page]]);
    }
    // The file of a document still in review is not searchable until it is published.
    expect((await search('"barrido predial"')).hits).toEqual([]);
    // Meilisearch indexes the same chunks, built by the same code.
    const doc = await db.document.findUniqueOrThrow({ where: { slug: cases[1]!.slug }, select: { id: true } });
    const [built] = await buildSearchDocuments(db, [doc.id]);
    expect(built!.chunks.some((c) => c.fileName === cases[1]!.file && c.text.includes("Libreta Verde de Cosecha"))).toBe(true);
  });

  it("changes nothing when run again, and stores no file twice", async () => {
    const before = await dump(database.url);
    const keys = await storedKeys(files);
    expect(keys).toHaveLength(attachments.length);
    const result = await seedDatabase(db, { storage: files.storage });
    expect(result).toEqual({ focusAreas: 0, organizations: 0, users: 0, documents: 0 });
    expect(await dump(database.url)).toEqual(before);
    expect(await storedKeys(files)).toEqual(keys);
  });
});
