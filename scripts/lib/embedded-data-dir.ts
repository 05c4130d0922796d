import path from "node:path";
import type { Env } from "../../lib/env";

/** Where the embedded database keeps its files: <PUENTE_DATA_DIR>/pglite. */
export function embeddedDataDir(env: Env): string {
  return path.resolve(env.PUENTE_DATA_DIR, "pglite");
}
