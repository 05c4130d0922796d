// Turns what the WASM engine rejects with into errors a person can act on.
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { notePanic } from "./schema-engine-wasm";

/** An error reported by the schema engine itself (e.g. P3018: a migration failed to apply). */
export class MigrationEngineError extends Error {
  constructor(
    message: string,
    public readonly code?: string,
    options?: ErrorOptions,
  ) {
    super(code ? `${code}: ${message}` : message, options);
    this.name = "MigrationEngineError";
  }
}

const EXTERNAL_ERROR = /External error id#(\d+)/;

export function translateEngineError(error: unknown, registry: ErrorRegistry): Error {
  if (!(error instanceof Error)) return new MigrationEngineError(String(error));

  // A JS exception thrown inside the adapter reaches us only as an id into the registry.
  const external = EXTERNAL_ERROR.exec(error.message);
  if (external) {
    const original = registry.consumeError(Number(external[1]))?.error;
    if (original instanceof Error) return original;
  }

  if (error.name === "SchemaEnginePanic" || error.name === "PrismaClientRustPanicError") {
    notePanic(error.message);
    return error;
  }
  if (error.name === "RuntimeError" && /unreachable/.test(error.message)) {
    notePanic(error.message);
    return new MigrationEngineError(`Prisma schema engine crashed (${error.message})`, undefined, { cause: error });
  }

  const code = (error as { code?: unknown }).code;
  return new MigrationEngineError(error.message, typeof code === "string" ? code : undefined, { cause: error });
}
