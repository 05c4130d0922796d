// One instance at a time migrates (and seeds) a PostgreSQL server. Several instances that start
// together would otherwise race: Prisma's schema engine takes its own advisory lock, but gives
// up after 10 seconds (P1002) while another instance is still migrating, and the seed's "is the
// database empty?" check is not atomic at all. Here each instance waits, without a time limit,
// for a session-level advisory lock on its own connection; whoever gets it second finds the
// migrations applied (and the database seeded) and does nothing.
import pg from "pg";

/** The lock's key: one 64-bit number for every Puente installation on the server's database. */
const LOCK_KEY_SQL = "hashtextextended('puente:migrate', 0)";

export interface MigrationLockOptions {
  /** Called once if another session holds the lock, before waiting for it. */
  onWait?: () => void;
}

/**
 * Runs `work` while holding the migration lock of the database at `url`. The lock is released
 * when `work` settles, and also if this process dies (the server ends its session).
 * Not for the embedded database: it serves one connection at a time, so a second connection
 * (the schema engine's) would wait behind this one for ever; one process owns it anyway.
 */
export async function withMigrationLock<T>(url: string, work: () => Promise<T>, options: MigrationLockOptions = {}): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "puente-migrate-lock" });
  client.on("error", () => {
    // A dropped session releases the lock; the work's own connections report the problem.
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_KEY_SQL}) AS locked`);
    if (!rows[0]?.locked) {
      options.onWait?.();
      await client.query(`SELECT pg_advisory_lock(${LOCK_KEY_SQL})`);
    }
    try {
      return await work();
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
