// Embedded PostgreSQL (PGlite) served on 127.0.0.1, so that the app, Prisma's pg adapter
// and the migration engine all connect with an ordinary postgres:// URL: the code path is
// the same as with a real server. Used only by scripts, never imported by the web app.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { freePort } from "../net/free-port";
import { acquireDataDirLock } from "./data-dir-lock";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** The data folder as PGlite's own gzipped tarball (what `loadEmbeddedDataDir` reads back). */
  dumpDataDir(): Promise<Blob>;
}

export interface EmbeddedOptions {
  /** Folder that holds the data; omit for an in-memory database. */
  dataDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Connections the socket server accepts; queries are serialized by PGlite anyway. */
  maxConnections?: number;
}

const EXTENSIONS = { pg_trgm, unaccent };

/**
 * Fills an empty data folder from a tarball made by `dumpDataDir` (a backup), then closes it:
 * the next start opens it as usual. Takes the folder's lock, so a running app is never touched.
 */
export async function loadEmbeddedDataDir(dataDir: string, tarball: Blob): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = acquireDataDirLock(path.join(dataDir, "puente.lock"));
  try {
    const db = await PGlite.create({ dataDir, loadDataDir: tarball, extensions: EXTENSIONS });
    await db.close();
  } finally {
    releaseLock();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  let releaseLock = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // PGlite has no multi-process locking: two processes on one folder would corrupt it.
    releaseLock = acquireDataDirLock(path.join(options.dataDir, "puente.lock"));
  }
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: EXTENSIONS });
  const port = options.port || (await freePort());
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port,
    maxConnections: options.maxConnections ?? 20,
  });
  await server.start();

  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    dumpDataDir: () => db.dumpDataDir("gzip"),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() checkpoints and flushes the data folder, so the next start reuses it.
      await db.close();
      releaseLock();
    },
  };
}
