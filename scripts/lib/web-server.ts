// Starts scripts/serve.ts (the web server) as a child process of npm start or the e2e server.
import { fileURLToPath } from "node:url";
import { spawnManaged, type ManagedChild } from "./child-process";
import { nextEnv } from "./next-process";

const serveScript = fileURLToPath(new URL("../serve.ts", import.meta.url));
const tsxLoader = import.meta.resolve("tsx");

/** Time the web server gets to finish its requests and exit before it is killed. */
export const WEB_SERVER_GRACE_MS = 10_000;

export function spawnWebServer(env: NodeJS.ProcessEnv, options: { dev?: boolean } = {}): ManagedChild {
  const args = ["--import", tsxLoader, serveScript, ...(options.dev ? ["--dev"] : [])];
  // React and Next.js read NODE_ENV as they load: it must match the mode, like `next start` and `next dev` set it.
  return spawnManaged(process.execPath, args, { env: nextEnv({ ...env, NODE_ENV: options.dev ? "development" : "production" }) });
}
