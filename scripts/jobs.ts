// npm run jobs: the digest job on its own, beside any number of web servers (set
// JOBS_IN_SERVER=false on them to leave it to this process, or not: runs never collide). It
// needs a PostgreSQL server (DATABASE_URL): the embedded database belongs to `npm start`, which
// runs the job itself. SIGINT, SIGTERM or SIGHUP let the run in progress finish, then it exits.
import { createPrismaClient } from "../lib/db/client";
import { outageAwareReporter } from "../lib/db/connection-error";
import { scheduleDigestJob } from "../lib/digests/job";
import { loadEnv } from "../lib/env";
import { selectTransport } from "../lib/mail/transport";
import { createSearchEngine } from "../lib/search/engine-factory";
import { onStopRequest } from "./lib/stop-signals";

async function main(): Promise<void> {
  const env = loadEnv();
  if (!env.DATABASE_URL) {
    console.error("npm run jobs needs DATABASE_URL (a PostgreSQL server). With the embedded database, `npm start` runs the jobs itself.");
    process.exit(2);
  }
  const db = createPrismaClient(env.DATABASE_URL);
  const job = scheduleDigestJob(
    { db, engine: createSearchEngine(db), transport: selectTransport(env, db), env },
    env.DIGEST_INTERVAL_MS,
    outageAwareReporter("digest job"),
  );
  console.log(`Digest job running every ${env.DIGEST_INTERVAL_MS} ms (Ctrl-C to stop)`);
  onStopRequest(async (reason) => {
    console.log(`Stopping (${reason}) after the run in progress…`);
    await job.stop();
    await db.$disconnect();
    process.exit(0);
  });
}

void main();
