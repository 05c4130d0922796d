// For one-off commands (db:migrate, db:seed): the server in DATABASE_URL, or, when it is
// unset, the embedded database that `npm start` uses (opened here, closed after, also when the
// command is stopped with SIGINT or SIGTERM).
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { redactUrl } from "../../lib/db/migrate/adapter-sources";
import { loadEnv } from "../../lib/env";
import { embeddedDataDir } from "./embedded-data-dir";
import { onStopRequest } from "./stop-signals";

export async function withScriptDatabase<T>(run: (url: string, label: string) => Promise<T>): Promise<T> {
  const env = loadEnv();
  if (env.DATABASE_URL) return run(env.DATABASE_URL, redactUrl(env.DATABASE_URL));
  const dataDir = embeddedDataDir(env);
  const starting = startEmbeddedPostgres({ dataDir });
  // Killed half-way, the data folder would need recovery at the next start: close it first.
  onStopRequest((reason) => {
    console.error(`${reason}: closing the embedded database…`);
    void starting
      .then((embedded) => embedded.stop())
      .catch(() => {})
      .finally(() => process.exit(130));
  });
  const embedded = await starting;
  try {
    return await run(embedded.url, `the embedded database in ${dataDir}`);
  } finally {
    // Closing flushes the data folder; skipping it on failure could leave it needing recovery.
    await embedded.stop();
  }
}

/** Runs a command's main function, printing a failure as one clear line and exit code 1. */
export function runScript(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
