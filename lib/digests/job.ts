// One run of the digest job: write the due digests, then send what the outbox holds. Safe to
// run in any number of processes at once (lib/digests/write.ts, send.ts).
import type { Database } from "@/lib/db/client";
import type { MailTransport } from "@/lib/mail/transport";
import type { SearchEngine } from "@/lib/search/types";
import { sendDigestMails, type SendEnv } from "./send";
import { writeDueDigests } from "./write";

export interface DigestJobDeps {
  db: Database;
  engine: SearchEngine;
  transport: MailTransport;
  env: SendEnv;
}

export async function runDigestJob(deps: DigestJobDeps, now: Date = new Date()): Promise<{ written: number; sent: number }> {
  const written = await writeDueDigests(deps.db, deps.engine, now);
  const sent = await sendDigestMails(deps.db, deps.transport, deps.env, now);
  return { written, sent };
}

/**
 * Runs the job every `intervalMs`, one run at a time, until stopped; a failed run is reported
 * (a database outage once a minute) and the next one tries again. `stop` resolves when the run
 * in progress has finished.
 */
export function scheduleDigestJob(deps: DigestJobDeps, intervalMs: number, report: (error: unknown) => void): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    current = runDigestJob(deps)
      .catch(report)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
