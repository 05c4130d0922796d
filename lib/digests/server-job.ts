import "server-only";
// The digest job inside the web server (instrumentation.ts), unless JOBS_IN_SERVER=false:
// then `npm run jobs` runs it on its own. Started once per process, whichever bundled copy of
// this module asks.
import { db } from "@/lib/db";
import { outageAwareReporter } from "@/lib/db/connection-error";
import { loadEnv } from "@/lib/env";
import { selectTransport } from "@/lib/mail/transport";
import { getSearchEngine } from "@/lib/search/service";
import { scheduleDigestJob } from "./job";

const STARTED = Symbol.for("puente.digestJob.started");
const shared = globalThis as typeof globalThis & { [STARTED]?: boolean };

export function startDigestJob(): void {
  const env = loadEnv();
  if (shared[STARTED] || !env.JOBS_IN_SERVER) return;
  shared[STARTED] = true;
  scheduleDigestJob({ db, engine: getSearchEngine(), transport: selectTransport(env, db), env }, env.DIGEST_INTERVAL_MS, outageAwareReporter("digest job"));
}
