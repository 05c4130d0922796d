// Instances that start together on one server migrate one at a time: the second waits for the
// first's lock (however long it takes, unlike the schema engine's own 10-second lock), then
// finds nothing left to apply. Every migration is recorded exactly once.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { applyMigrations } from "./apply-migrations";
import { listMigrationNames } from "./migrations-folder";
import { withMigrationLock } from "./migration-lock";

let empty: TestDatabase;
beforeAll(async () => {
  empty = await createTestDatabase({ migrate: false });
});
afterAll(async () => {
  await empty?.drop();
});

describe("withMigrationLock", () => {
  it("makes a second instance wait for the first, which migrates alone; the second applies nothing", async () => {
    const order: string[] = [];
    let waited = 0;
    const instance = (name: string) =>
      withMigrationLock(
        empty.url,
        async () => {
          order.push(`${name} start`);
          const applied = await applyMigrations(empty.url);
          order.push(`${name} end`);
          return applied;
        },
        { onWait: () => waited++ },
      );
    const [first, second] = await Promise.all([instance("a"), instance("b")]);
    const names = await listMigrationNames();
    // Whichever got the lock applied everything; the other ran after it and found it done.
    expect([first, second].sort((x, y) => y.length - x.length)).toEqual([names, []]);
    expect(order).toEqual(first.length > 0 ? ["a start", "a end", "b start", "b end"] : ["b start", "b end", "a start", "a end"]);
    expect(waited).toBe(1);
    const client = new pg.Client({ connectionString: empty.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY migration_name HAVING count(*) > 1`);
      expect(rows).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it("waits as long as another session holds the lock, and releases it when the work fails", async () => {
    const holder = new pg.Client({ connectionString: empty.url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock(hashtextextended('puente:migrate', 0))");
      let ran = false;
      const waiting = withMigrationLock(empty.url, async () => {
        ran = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(ran).toBe(false);
      await holder.query("SELECT pg_advisory_unlock(hashtextextended('puente:migrate', 0))");
      await waiting;
      expect(ran).toBe(true);
      await expect(withMigrationLock(empty.url, async () => Promise.reject(new Error("migration failed")))).rejects.toThrow("migration failed");
      // Released despite the failure: another session takes it at once.
      const { rows } = await holder.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtextextended('puente:migrate', 0)) AS locked");
      expect(rows[0]!.locked).toBe(true);
    } finally {
      await holder.end();
    }
  });
});
