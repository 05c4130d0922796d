// Seeding a new database creates the demo content; seeding again changes nothing at all.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db/client";
import { createTestDatabase, type TestDatabase } from "../../lib/testing/test-database";
import { documents } from "./data";
import { seedDatabase } from "./seed";

const tables = [
  "FocusArea", "Organization", "User", "Membership", "ReviewerFocusArea", "Document",
  "DocumentFocusArea", "ImpactMetric", "Revision",
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

describe("seedDatabase", () => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url, { max: 2 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("creates the demo content on a new database", async () => {
    const result = await seedDatabase(db);
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
    const metrics = await db.impactMetric.findMany({ select: { label: true, value: true, unit: true, year: true } });
    const plain = metrics.map((m) => ({ ...m, value: m.value.toNumber() }));
    expect(plain).toEqual(
      expect.arrayContaining([
        { label: "Crime hotspots identified", value: 25, unit: "%", year: 2022 },
        { label: "Major cybercrime rings disrupted", value: 15, unit: "rings", year: 2023 },
        { label: "Illicit funds seized", value: 50_000_000, unit: "USD", year: 2023 },
      ]),
    );
  });

  it("changes nothing when run again", async () => {
    const before = await dump(database.url);
    const result = await seedDatabase(db);
    expect(result).toEqual({ focusAreas: 0, organizations: 0, users: 0, documents: 0 });
    expect(await dump(database.url)).toEqual(before);
  });
});
