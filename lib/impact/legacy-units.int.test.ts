// The migration that introduced the unit vocabulary reads existing metrics' free-text units as
// kinds. It does so in SQL; lib/impact/units.ts does the same for older API clients and
// revisions. Here a database is migrated to just before it, given metrics with every legacy
// unit (and some that name no kind), and migrated on: each row must come out as
// fromLegacyUnit says.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { resolveMigrationsDir } from "@/lib/db/migrate/migrations-folder";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { commonCurrencies, fromLegacyUnit, legacyUnitKinds } from "./units";

const MIGRATION = "20261208090000_metric_units";
const units = [
  ...Object.keys(legacyUnitKinds), ...commonCurrencies,
  "People", "HA", "Cases", "GW", "percentage points", "días", "usd", "XYZ", "",
];

let database: TestDatabase;
let before: string;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
  before = await mkdtemp(path.join(tmpdir(), "puente-migrations-"));
  await cp(resolveMigrationsDir(), before, { recursive: true });
  await rm(path.join(before, MIGRATION), { recursive: true });
  await applyMigrations(database.url, { migrationsDir: before });
}, 120_000);

afterAll(async () => {
  await database?.drop();
  if (before) await rm(before, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe(`migration ${MIGRATION}`, () => {
  it("maps every legacy unit as fromLegacyUnit does, and keeps the others as free text", async () => {
    await query(`INSERT INTO "Document" (id, type, title, slug, language, "updatedAt") VALUES ('d1', 'REPORT', 'T', 't', 'en', now())`);
    await query(
      `INSERT INTO "ImpactMetric" (id, "documentId", label, value, unit, position)
       SELECT 'm' || n, 'd1', 'metric ' || n, n, u, n FROM unnest($1::text[]) WITH ORDINALITY AS x(u, n)`,
      [units],
    );
    expect(await applyMigrations(database.url)).toEqual([MIGRATION]);
    const rows = await query<{ position: number; kind: string; currency: string | null; unit: string; direction: string }>(
      `SELECT position, kind::text, currency, unit, direction::text FROM "ImpactMetric" ORDER BY position`,
    );
    expect(rows.map(({ kind, currency, unit }) => ({ kind, currency, unit }))).toEqual(units.map(fromLegacyUnit));
    expect(new Set(rows.map((row) => row.direction))).toEqual(new Set(["HIGHER"]));
    // Not a tautology: the list holds each kind the table maps to, and some left as free text.
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(["PERCENT", "PEOPLE", "HECTARES", "TONNES", "KILOMETERS", "COUNT", "MONEY", "OTHER"]));
  }, 120_000);
});
