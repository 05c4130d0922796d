// Where the schema engine's connections come from. The engine asks a driver-adapter factory for
// its main database (`connect`) and, for diffs from the migrations folder, a shadow database
// (`connectToShadowDb`). adapter-pg's own connectToShadowDb is unusable here: with a
// connectionString it reconnects to the MAIN database, and it needs CREATE DATABASE rights on a
// real server. So each role gets a source we own and close ourselves.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded";

export interface AdapterSource {
  /** Fails with a readable message before the engine sees the database (see engine-session.ts). */
  preflight(): Promise<void>;
  connect(): Promise<SqlDriverAdapter>;
  close(): Promise<void>;
}

/** Keeps credentials out of error messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<invalid database URL>";
  }
}

function describeConnectionError(url: string, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Cannot connect to the database at ${redactUrl(url)}: ${reason}`, { cause: error });
}

/** An existing PostgreSQL database (a real server or the embedded one), by URL. */
export function serverDatabase(url: string): AdapterSource {
  // One connection: the engine works sequentially, and a single session keeps its advisory
  // lock and its statements on the same backend, as with the native engine.
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on("error", () => {
    // An idle client dropped by the server; the next query reports the problem itself.
  });
  return {
    async preflight() {
      try {
        await pool.query("SELECT 1");
      } catch (error) {
        throw describeConnectionError(url, error);
      }
    },
    // An external pool: adapter.dispose() leaves it open and close() ends it.
    connect: () => new PrismaPg(pool).connect(),
    close: () => pool.end(),
  };
}

/**
 * A throwaway in-memory PGlite (with pg_trgm and unaccent, like the real databases), started on
 * first use. Serves as the shadow database, so creating migrations needs no server at all.
 */
export function scratchDatabase(): AdapterSource {
  let starting: Promise<EmbeddedPostgres> | undefined;
  const pools: pg.Pool[] = [];
  const start = () => (starting ??= startEmbeddedPostgres());
  return {
    async preflight() {
      await start();
    },
    async connect() {
      const url = new URL((await start()).url);
      // Discrete fields rather than a connectionString (see the note at the top of this file).
      const pool = new pg.Pool({
        host: url.hostname,
        port: Number(url.port),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        database: url.pathname.slice(1),
        max: 1,
      });
      pools.push(pool);
      return new PrismaPg(pool).connect();
    },
    async close() {
      await Promise.all(pools.splice(0).map((pool) => pool.end()));
      if (starting) await (await starting).stop();
      starting = undefined;
    },
  };
}

/** For operations that must never reach a database (e.g. no shadow database during deploy). */
export function unavailableDatabase(reason: string): AdapterSource {
  const fail = async (): Promise<never> => {
    throw new Error(reason);
  };
  return { preflight: async () => {}, connect: fail, close: async () => {} };
}
