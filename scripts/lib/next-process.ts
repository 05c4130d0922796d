// `next build` as a child process of the script that needs it (npm start, the e2e server),
// stopped with it (scripts/lib/child-process.ts).
import { createRequire } from "node:module";
import { spawnManaged } from "./child-process";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * The environment of our Next.js processes. Telemetry is off unless the person running us
 * turned it on: it prints a notice on a new machine, and sends usage reports nobody asked for.
 */
export function nextEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, NEXT_TELEMETRY_DISABLED: env.NEXT_TELEMETRY_DISABLED ?? "1" };
}

export async function runNextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const code = await spawnManaged(process.execPath, [nextBin, "build"], { env: nextEnv(env) }).exited;
  if (code !== 0) throw new Error(`next build exited with code ${code}`);
}
