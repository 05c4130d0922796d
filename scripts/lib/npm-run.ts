// For the tests of starting and stopping: runs a command (an npm script, as people do), records
// what it prints and every process it starts, and stops it as a process manager would.
import { spawn, type ChildProcess } from "node:child_process";
import { isRunning, processTree, waitUntilGone } from "./process-tree";

type Process = { pid: number; command: string };

export interface CommandRun {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** The command's exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** The processes of the run now (the command and below); each one seen is remembered for the cleanup. */
  processes(): Process[];
}

/** Variables of the test run that would change what the scripts do. */
const INHERITED_BUT_UNSET = ["DATABASE_URL", "PUENTE_DATA_DIR", "EMBEDDED_DB_PORT", "PORT", "HOST", "SEED_DEMO_CONTENT", "NEXT_TELEMETRY_DISABLED"];

const seenByRun = new WeakMap<CommandRun, Map<number, string>>();

export type NpmRun = CommandRun;

export interface RunOptions {
  env: Record<string, string>;
  cwd?: string;
}

/** `npm run <script> -- <args>`. */
export function npmRun(script: string, args: string[], options: RunOptions): CommandRun {
  return runCommand("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], options);
}

export function runCommand(command: string, args: string[], options: RunOptions): CommandRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INHERITED_BUT_UNSET) delete env[name];
  const child = spawn(command, args, { cwd: options.cwd, env: { ...env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout!.on("data", (chunk) => (text += chunk));
  child.stderr!.on("data", (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const seen = new Map<number, string>();
  const run: CommandRun = {
    child,
    output: () => text,
    exited,
    processes: () => {
      const tree = processTree(child.pid!);
      for (const { pid, command } of tree) seen.set(pid, command);
      return tree;
    },
  };
  seenByRun.set(run, seen);
  return run;
}

/** Waits until the output matches `pattern`; fails with the output when npm exits or time is up. */
export async function waitForOutput(run: CommandRun, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null || performance.now() > deadline) throw new Error(`no ${pattern} in the output:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Sends `signal` to `pid` (the command itself, npm, by default) and waits until every process
 * the run had started, recorded just before, is gone. Returns how long that took.
 */
export async function stopAndWait(run: CommandRun, signal: NodeJS.Signals, pid = run.child.pid!): Promise<number> {
  const tree = run.processes();
  const started = performance.now();
  process.kill(pid, signal);
  await waitUntilGone(tree, 60_000);
  return performance.now() - started;
}

/**
 * Test cleanup: SIGTERM to a command still running (so it can drop what it made), then SIGKILL
 * to whatever is left of the run, processes orphaned by a failed stop included.
 */
export async function cleanUpRun(run: CommandRun): Promise<void> {
  if (isRunning(run.child.pid!)) {
    const tree = run.processes();
    process.kill(run.child.pid!, "SIGTERM");
    await waitUntilGone(tree, 20_000).catch(() => {});
  }
  killLeftovers(run);
}

/** Whatever is left of a run (also processes orphaned by a failed stop), killed. */
export function killLeftovers(run: CommandRun): void {
  const seen = seenByRun.get(run) ?? new Map<number, string>();
  const targets = new Map<number, string>();
  // What is still there of the processes seen, and what they started since.
  for (const [pid, command] of [[run.child.pid!, ""] as const, ...seen]) {
    const tree = processTree(pid);
    if (tree.length === 0 || (command && tree[0]!.command !== command)) continue;
    for (const entry of tree) targets.set(entry.pid, entry.command);
  }
  for (const pid of targets.keys()) {
    try {
      if (isRunning(pid)) process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}
