// npm run db:migrate
// Applies pending migrations (prisma/migrations) to DATABASE_URL, or, when it is unset, to the
// embedded database in the data folder (<PUENTE_DATA_DIR>/pglite) that `npm start` uses.
// Stop the app first when it runs the embedded database: one data folder, one process.
import { applyMigrations } from "../../lib/db/migrate/apply-migrations";
import { withMigrationLock } from "../../lib/db/migrate/migration-lock";
import { loadEnv } from "../../lib/env";
import { runScript, withScriptDatabase } from "../lib/script-database";

runScript("db:migrate", () =>
  withScriptDatabase(async (url, label) => {
    console.log(`Applying migrations to ${label}`);
    const started = performance.now();
    // On a server, wait for an instance that is migrating at start (scripts/start.ts) rather than race it.
    const migrate = () => applyMigrations(url);
    const onWait = () => console.log("Another process is migrating the database: waiting for it to finish");
    const applied = loadEnv().DATABASE_URL ? await withMigrationLock(url, migrate, { onWait }) : await migrate();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (applied.length === 0) {
      console.log(`No pending migrations: the database is up to date (${seconds}s)`);
      return;
    }
    for (const name of applied) console.log(`  applied ${name}`);
    console.log(`Applied ${applied.length} migration(s) in ${seconds}s`);
  }),
);
