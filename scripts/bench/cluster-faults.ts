// bench:cluster's faults, injected once during the load (--fault kill|terminate|lock):
//   - kill: SIGKILL to one instance (its whole process group); the proxy sends the next
//     requests to the others;
//   - terminate: pg_terminate_backend on every connection the instances hold to the database;
//   - lock: the built-in search engine's backing service made unavailable, as an outage would:
//     its index table locked exclusively for LOCK_MS, while publishes go on.
// The figures: how many requests failed from the fault on, and how long until the last failure.
import pg from "pg";
import type { Sample } from "./cluster-load";
import { processTree } from "../lib/process-tree";
import type { Platform } from "./platform";

export type Fault = "kill" | "terminate" | "lock";
export const FAULTS: readonly Fault[] = ["kill", "terminate", "lock"];
const LOCK_MS = 10_000;

async function onDatabase<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "bench-cluster-fault" });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Injects the fault; resolves when it is over (the lock released; at once for the others). */
export async function inject(fault: Fault, instances: Platform[], url: string): Promise<string> {
  if (fault === "kill") {
    const victim = instances.at(-1)!;
    // Every process of the instance at once (start.ts and the web server it started, each in its
    // own process group), as when a machine or a container dies: nothing gets to stop cleanly.
    const tree = processTree(victim.child.pid!);
    for (const { pid } of tree) process.kill(pid, "SIGKILL");
    return `SIGKILL to the ${tree.length} processes of the instance at ${victim.baseUrl}`;
  }
  if (fault === "terminate") {
    const { rowCount } = await onDatabase(url, (c) =>
      c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`));
    return `pg_terminate_backend on ${rowCount} connections`;
  }
  await onDatabase(url, async (c) => {
    await c.query("BEGIN");
    await c.query(`LOCK TABLE "SearchEntry" IN ACCESS EXCLUSIVE MODE`);
    await new Promise((resolve) => setTimeout(resolve, LOCK_MS));
    await c.query("COMMIT");
  });
  return `"SearchEntry" locked exclusively for ${LOCK_MS / 1000} s`;
}

/** Failed requests sent from `at` on, and the seconds from `at` to the end of the last one. */
export function faultFigures(samples: Sample[], at: number) {
  const failed = samples.filter((s) => s.at + s.ms >= at && (s.status === 0 || s.status >= 500));
  const last = Math.max(at, ...failed.map((s) => s.at + s.ms));
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  return {
    errors: failed.length,
    /** Failures among the requests sent after the fault (the others were in flight when it struck). */
    errors_sent_after: failed.filter((s) => s.at > at).length,
    recovery_s: seconds(last - at),
    /** The last few failures: route, status (0: no answer), sent and ended relative to the fault. */
    last_failures: failed.sort((a, b) => b.at + b.ms - (a.at + a.ms)).slice(0, 5).map((s) => ({ route: s.route, status: s.status, sent_s: seconds(s.at - at), ended_s: seconds(s.at + s.ms - at) })),
  };
}
