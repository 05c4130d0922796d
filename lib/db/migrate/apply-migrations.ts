// `prisma migrate deploy` through the WASM engine: applies the pending migrations of
// prisma/migrations and records them in _prisma_migrations, exactly as the native CLI does.
import { serverDatabase, unavailableDatabase } from "./adapter-sources";
import { NO_FILTERS, withSchemaEngine } from "./engine-session";
import { readMigrationsFolder } from "./migrations-folder";

export interface ApplyOptions {
  /** Defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
}

/**
 * Applies every pending migration to the database at `databaseUrl` and returns the names of the
 * ones it applied (empty when the database was already up to date). Each migration's script
 * runs as one statement batch, so a failing migration leaves no half-applied changes behind; it
 * is recorded as failed in _prisma_migrations and later runs refuse to continue (P3009) until
 * it is resolved, like with the native engine.
 */
export async function applyMigrations(databaseUrl: string, options: ApplyOptions = {}): Promise<string[]> {
  const migrationsList = await readMigrationsFolder(options.migrationsDir);
  const sources = {
    main: serverDatabase(databaseUrl),
    shadow: unavailableDatabase("Applying migrations does not use a shadow database"),
  };
  const result = await withSchemaEngine(sources, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return result.appliedMigrationNames;
}
