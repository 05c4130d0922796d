import "server-only";
import { getMigrationStatus } from "@/lib/db/migrate/status";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: { reachable: boolean; latencyMs?: number };
  migrations: { current: boolean; pending: string[] } | null;
}

const TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Is the database reachable, and has every migration in prisma/migrations been applied? */
export async function checkHealth(databaseUrl: string): Promise<HealthReport> {
  const started = performance.now();
  try {
    const status = await withTimeout(getMigrationStatus(databaseUrl), TIMEOUT_MS);
    return {
      status: status.current ? "ok" : "unavailable",
      database: { reachable: true, latencyMs: Math.round(performance.now() - started) },
      migrations: { current: status.current, pending: status.pending },
    };
  } catch (error) {
    // The cause goes to the server log only: it can contain host names or credentials.
    console.error("health check: database unreachable:", error instanceof Error ? error.message : error);
    return { status: "unavailable", database: { reachable: false }, migrations: null };
  }
}
