// SQL needed to bring a schema (the migrations folder replayed, or a live database) to what
// schema.prisma describes. Empty when they match: the test that migrations reproduce the schema,
// and the generator of new migrations, both rest on it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { scratchDatabase, serverDatabase } from "./adapter-sources";
import { NO_FILTERS, withSchemaEngine } from "./engine-session";
import { DEFAULT_SCHEMA_PATH, LOCKFILE_CONTENT, readMigrationsFolder } from "./migrations-folder";

export interface SchemaTarget {
  /** Defaults to prisma/schema.prisma under the working directory. */
  schemaPath?: string;
  /** Use this text instead of the file's content (e.g. to test an edited model). */
  datamodel?: string;
}

export interface MigrationsDiffOptions extends SchemaTarget {
  /** Defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
}

async function schemaFiles(target: SchemaTarget) {
  const schemaPath = path.resolve(target.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const content = target.datamodel ?? (await readFile(schemaPath, "utf8"));
  return { schemaPath, files: [{ path: schemaPath, content }] };
}

/** The engine answers an empty diff with a comment only; callers want "nothing to do". */
function normalizeScript(stdout: string | null): string {
  const script = (stdout ?? "").trim();
  return script === "" || script === "-- This is an empty migration." ? "" : `${script}\n`;
}

/**
 * Replays prisma/migrations on a throwaway in-memory PGlite (the shadow database) and returns
 * the SQL that would take the result to schema.prisma; "" when they are in sync. Needs no
 * database server.
 */
export async function diffMigrationsToSchema(options: MigrationsDiffOptions = {}): Promise<string> {
  const migrations = await readMigrationsFolder(options.migrationsDir, { allowMissing: true });
  // Before the first migration there is no lockfile yet, but the engine needs the provider.
  migrations.lockfile.content ??= LOCKFILE_CONTENT;
  const { files } = await schemaFiles(options);
  // The engine also opens a main connection it does not use for this diff: point it at the
  // same scratch database rather than at any real one.
  const scratch = scratchDatabase();
  const result = await withSchemaEngine({ main: scratch, shadow: scratch }, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return normalizeScript(result.stdout);
}

/** The SQL that would take the live database at `databaseUrl` to schema.prisma; "" when in sync. */
export async function diffDatabaseToSchema(databaseUrl: string, target: SchemaTarget = {}): Promise<string> {
  const { schemaPath, files } = await schemaFiles(target);
  const sources = { main: serverDatabase(databaseUrl), shadow: scratchDatabase() };
  const result = await withSchemaEngine(sources, (engine) =>
    engine.diff({
      // `url` targets are rejected by the WASM engine: a datasource target is read through the
      // adapter's main connection instead.
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return normalizeScript(result.stdout);
}
