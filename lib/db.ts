import "server-only";
import { createPrismaClient, type Database } from "./db/client";
import { requireDatabaseUrl } from "./env";

// One client per server process (kept on globalThis so dev hot reloads reuse its pool).
// Created on first use, not at import, so `next build` needs no database.
const globalForDb = globalThis as unknown as { puenteDb?: Database };

function getDb(): Database {
  globalForDb.puenteDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.puenteDb;
}

export const db = new Proxy({} as Database, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
