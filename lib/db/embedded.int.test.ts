import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

/**
 * A client whose protocol messages reach the server one by one with gaps between them, as
 * they do from a busy web server: Parse, Bind, Execute and Sync arrive as separate reads.
 */
async function slowClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const stream = (client as unknown as { connection: { stream: { write: (...args: unknown[]) => boolean } } }).connection.stream;
  const write = stream.write.bind(stream);
  let chain = Promise.resolve();
  stream.write = (...args: unknown[]) => {
    chain = chain.then(() => new Promise((resolve) => setTimeout(resolve, 2))).then(() => void write(...args));
    return true;
  };
  return client;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("embedded PostgreSQL", () => {
  let embedded: EmbeddedPostgres;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await embedded?.stop();
  });

  it("has the extensions search needs", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;");
    const { rows } = await client.query("SELECT unaccent('educación') AS plain, similarity('política', 'politica') > 0.3 AS close");
    await client.end();
    expect(rows[0]).toEqual({ plain: "educacion", close: true });
  });

  // PGlite is one session shared by every connection: without the pglite-socket patch
  // (patches/), one connection's Bind lands on another's statement ("portal does not exist").
  it("keeps the extended-protocol messages of concurrent connections apart", async () => {
    const clients = await Promise.all([1, 2, 3].map(() => slowClient(embedded.url)));
    const failures: string[] = [];
    await Promise.all(
      clients.map(async (client, index) => {
        for (let i = 0; i < 20; i++) {
          const params = Array.from({ length: index + 1 }, (_, k) => i + k);
          const sql = `SELECT (${params.map((_, k) => `$${k + 1}::int`).join(" + ")})::int AS total`;
          try {
            const { rows } = await client.query(sql, params);
            if (rows[0].total !== sum(params)) failures.push(`wrong total for ${sql}`);
          } catch (error) {
            failures.push((error as Error).message);
          }
        }
      }),
    );
    await Promise.all(clients.map((client) => client.end()));
    expect(failures).toEqual([]);
  });

  it("lets a transaction finish before serving other connections", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 4 });
    await pool.query("CREATE TABLE counter (n int)");
    await pool.query("INSERT INTO counter VALUES (0)");
    const increments = Array.from({ length: 20 }, async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query("SELECT n FROM counter FOR UPDATE");
        await client.query("UPDATE counter SET n = $1", [rows[0].n + 1]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    });
    await Promise.all(increments);
    const { rows } = await pool.query("SELECT n FROM counter");
    await pool.end();
    expect(rows[0].n).toBe(20);
  });
});
