// Runs the Next.js CLI (build, start, dev) as a child process with the resolved DATABASE_URL.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

export function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", env });
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const code = await waitForExit(spawnNext(args, env));
  if (code !== 0) throw new Error(`next ${args.join(" ")} exited with code ${code}`);
}
