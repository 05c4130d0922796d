import "server-only";
// The search worker inside the web server: it applies the outbox every half second, and at
// once when a write asks (kickSearchWorker), so a publish is searchable within a second. Any
// number of servers can run it: entries are claimed with a short lease, renewed while a batch
// is worked on (lib/search/sync.ts). While the database is unreachable it keeps trying every
// half second, so search catches up as soon as the database is back.
import { db } from "@/lib/db";
import { outageAwareReporter } from "@/lib/db/connection-error";
import { getSearchEngine } from "./service";
import { drainOutbox } from "./sync";

const INTERVAL_MS = 500;
/**
 * Next bundles this module more than once (for instrumentation.ts, which starts the worker, for
 * route handlers, and for pages and server actions), each copy with its own variables: a kick
 * from a server action's copy would find no timer and do nothing, leaving a publish to the
 * next tick. The copy that starts the worker puts its kick here, where every copy finds it.
 */
const KICK = Symbol.for("puente.searchWorker.kick");
const shared = globalThis as typeof globalThis & { [KICK]?: () => void };
let running: Promise<void> | null = null;
let again = false;
/** Settings are reconciled before anything is applied; an engine down at start is retried each run. */
let reconciled: Promise<boolean> | null = null;
let lastReconcileError = 0;
const reportFailure = outageAwareReporter("search worker");

function reconcileOnce(): Promise<boolean> {
  reconciled ??= getSearchEngine()
    .reconcile()
    .then(() => true)
    .catch((error: unknown) => {
      reconciled = null;
      // Once a minute, not every half second, while the engine is unreachable.
      if (Date.now() - lastReconcileError > 60_000) console.error("search: reconciling the index settings failed (changes wait in the outbox):", error);
      lastReconcileError = Date.now();
      return false;
    });
  return reconciled;
}

async function run(): Promise<void> {
  do {
    again = false;
    if (!(await reconcileOnce())) return;
    await drainOutbox(db, getSearchEngine()).catch(reportFailure);
  } while (again);
}

/** Applies waiting changes now (or right after the run in progress); only where the worker runs. */
export function kickSearchWorker(): void {
  shared[KICK]?.();
}

function kick(): void {
  if (running) {
    again = true;
    return;
  }
  running = run().finally(() => {
    running = null;
  });
}

/** Starts the worker in this process, once whichever copy of this module asks. */
export function startSearchWorker(): void {
  if (shared[KICK]) return;
  shared[KICK] = kick;
  const timer = setInterval(kick, INTERVAL_MS);
  timer.unref();
  // Index settings are declared in code: the first run brings the engine's in line.
  kick();
}
