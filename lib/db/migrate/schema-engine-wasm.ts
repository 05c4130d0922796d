// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm). The package's
// entry point imports the .wasm file as an ES module, which Node cannot do without a flag, so we
// instantiate schema_engine_bg.wasm ourselves and hand it to the wasm-bindgen glue module.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = glue.SchemaEngine;
export type SchemaEngineModule = typeof glue;

interface PanicRegistry {
  set_message(message: string): void;
}

declare global {
  // Read by the glue code (`global.PRISMA_WASM_PANIC_REGISTRY`) from the engine's panic hook.
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

let panicMessage: string | undefined;
let loading: Promise<SchemaEngineModule> | undefined;

/** Raised for a Rust panic inside the engine, with the panic's own message. */
export class SchemaEnginePanic extends Error {
  constructor(message: string) {
    super(`Prisma schema engine panicked: ${message}`);
    this.name = "SchemaEnginePanic";
  }
}

function installPanicRegistry(): void {
  // Without a registry a panic surfaces as "RuntimeError: unreachable" (or a TypeError from the
  // glue) and the reason is lost. Throwing here makes the panic's text the error callers see.
  // The generated Prisma client installs its own throwing registry; either one gives a readable
  // message, so we only fill the slot when it is empty.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      panicMessage = message;
      throw new SchemaEnginePanic(message);
    },
  };
}

function wasmPath(): string {
  // The package's "exports" hide the .wasm file, but it sits next to the exported glue module.
  const require = createRequire(import.meta.url);
  return require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
}

/**
 * The engine races its database calls against setTimeout (e.g. 10 s for the migration advisory
 * lock) and never clears those timers, so a finished command kept Node alive for 10 s more.
 * Unref'd, they still fire while the engine is busy, which always has a socket open anyway.
 */
function glueImports(): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...glue };
  for (const [name, value] of Object.entries(glue)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    imports[name] = (...args: unknown[]) => {
      const timer = (value as (...args: unknown[]) => unknown)(...args);
      (timer as { unref?: () => void } | undefined)?.unref?.();
      return timer;
    };
  }
  return imports as WebAssembly.ModuleImports;
}

async function instantiate(): Promise<SchemaEngineModule> {
  installPanicRegistry();
  const bytes = await readFile(wasmPath());
  const { instance } = await WebAssembly.instantiate(bytes, {
    // The import namespace is the glue module's own file name, as wasm-bindgen emitted it.
    "./schema_engine_bg.js": glueImports(),
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * The engine module, instantiated once per process. After a panic the WASM instance is in an
 * undefined state and the glue cannot be re-bound to a fresh one, so we refuse further use.
 */
export async function loadSchemaEngineModule(): Promise<SchemaEngineModule> {
  if (panicMessage !== undefined) {
    throw new SchemaEnginePanic(`${panicMessage}\n(the engine cannot be reused in this process; restart it)`);
  }
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Records a panic seen through another registry (the Prisma client's, when it was loaded first),
 * so that the poisoned instance is not reused.
 */
export function notePanic(message: string): void {
  panicMessage ??= message;
}
