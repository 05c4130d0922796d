// The migrations folder must reproduce schema.prisma exactly, on a real PostgreSQL server (the
// database Vitest's global setup created and migrated) and on the embedded shadow database that
// `npm run db:migration` diffs against. An edited model must produce a non-empty diff, so these
// tests can fail.
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { requireDatabaseUrl } from "../../env";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { applyMigrations } from "./apply-migrations";
import { diffDatabaseToSchema, diffMigrationsToSchema } from "./diff";
import { DEFAULT_SCHEMA_PATH, listMigrationNames } from "./migrations-folder";
import { getMigrationStatus } from "./status";

const CANARY = "\nmodel MigrationCanary {\n  id String @id\n}\n";

async function editedSchema(): Promise<string> {
  return (await readFile(DEFAULT_SCHEMA_PATH, "utf8")) + CANARY;
}

describe("the integration test database", () => {
  it("is the one global setup created, seen by workers through lib/env.ts", () => {
    const url = requireDatabaseUrl();
    expect(url).toBe(inject("databaseUrl"));
    expect(new URL(url).pathname).toMatch(/^\/puente_test_[a-z0-9]+$/);
  });
});

describe("prisma/migrations on PostgreSQL", () => {
  it("reproduce schema.prisma exactly (empty diff)", async () => {
    expect(await diffDatabaseToSchema(requireDatabaseUrl())).toBe("");
  });

  it("differ from an edited schema (non-empty diff)", async () => {
    const script = await diffDatabaseToSchema(requireDatabaseUrl(), { datamodel: await editedSchema() });
    expect(script).toContain('CREATE TABLE "MigrationCanary"');
  });

  it("install the search extensions", async () => {
    const client = new pg.Client({ connectionString: requireDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ extname: string }>("SELECT extname FROM pg_extension ORDER BY extname");
      expect(rows.map((row) => row.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    } finally {
      await client.end();
    }
  });

  it("apply nothing a second time", async () => {
    expect(await applyMigrations(requireDatabaseUrl())).toEqual([]);
  });

  it("are reported current after migrating", async () => {
    const names = await listMigrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await getMigrationStatus(requireDatabaseUrl())).toEqual({ applied: names, pending: [], current: true });
  });
});

describe("migration status of an empty database", () => {
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await empty?.drop();
  });

  it("reports every migration pending, then current once applied", async () => {
    const names = await listMigrationNames();
    expect(await getMigrationStatus(empty.url)).toEqual({ applied: [], pending: names, current: false });
    expect(await applyMigrations(empty.url)).toEqual(names);
    expect(await getMigrationStatus(empty.url)).toEqual({ applied: names, pending: [], current: true });
  });
});

describe("prisma/migrations replayed on the embedded shadow database", () => {
  it("reproduce schema.prisma exactly (empty diff)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("differ from an edited schema (non-empty diff)", async () => {
    const script = await diffMigrationsToSchema({ datamodel: await editedSchema() });
    expect(script).toContain('CREATE TABLE "MigrationCanary"');
  });
});
