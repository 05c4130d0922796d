// Runs `prisma generate` without downloading Prisma's native schema engine.
import { spawnSync } from "node:child_process";
import path from "node:path";

const stub = path.resolve(import.meta.dirname, "schema-engine-unavailable.sh");
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub },
});
process.exit(result.status ?? 1);
