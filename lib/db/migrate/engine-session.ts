// One use of the schema engine: connect it to a main and a shadow database through adapter-pg,
// run a command, and always release the engine, the connections and any embedded database.
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { loadEnv } from "../../env";
import type { AdapterSource } from "./adapter-sources";
import { translateEngineError } from "./engine-errors";
import { loadSchemaEngineModule, type SchemaEngine } from "./schema-engine-wasm";

export interface EngineSources {
  main: AdapterSource;
  shadow: AdapterSource;
}

/** Entities the engine should treat as managed elsewhere: none in this project. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

function engineLogger(): (line: string) => void {
  // The engine logs JSON lines (including each migration script it applies): noise unless
  // someone is debugging a migration.
  if (loadEnv().LOG_LEVEL !== "debug") return () => {};
  return (line) => process.stderr.write(`[schema-engine] ${line.trim()}\n`);
}

function freeEngine(engine: SchemaEngine): void {
  try {
    engine.free();
  } catch {
    // After a panic the engine is still marked as borrowed and free() throws, which would hide
    // the panic's own error. The instance is never reused after a panic anyway.
  }
}

export async function withSchemaEngine<T>(
  sources: EngineSources,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  try {
    // SchemaEngine.new queries the main database at once, and a failure there escapes as an
    // uncaught exception (it never rejects the promise), so check the connection first.
    await sources.main.preflight();
    const wasm = await loadSchemaEngineModule();
    const factory = bindMigrationAwareSqlAdapterFactory({
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: () => sources.main.connect(),
      connectToShadowDb: () => sources.shadow.connect(),
    });
    const engine = await wasm.SchemaEngine.new({ datamodels: undefined }, engineLogger(), factory);
    try {
      return await run(engine);
    } catch (error) {
      throw translateEngineError(error, factory.errorRegistry);
    } finally {
      freeEngine(engine);
    }
  } finally {
    // allSettled: a failure while closing must not hide the command's own result or error.
    await Promise.allSettled([...new Set([sources.main, sources.shadow])].map((source) => source.close()));
  }
}
