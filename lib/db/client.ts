// Prisma client factory over node-postgres. The same code serves the embedded database
// (PGlite behind a local socket) and a real PostgreSQL server: only the URL differs.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export type Database = PrismaClient;

export interface ClientOptions {
  /** Pool size; PGlite serializes queries anyway, a real server benefits from more. */
  max?: number;
  log?: boolean;
}

export function createPrismaClient(url: string, options: ClientOptions = {}): Database {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  // Errors are not logged here: each is thrown to its caller, which expects some (a unique
  // constraint that means "already asked") and reports the rest (API 500s, Next.js's own log).
  return new PrismaClient({ adapter, log: options.log ? ["query", "warn", "error"] : ["warn"] });
}
